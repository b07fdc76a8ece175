// @vitest-environment node
import type { App } from 'electron'
import { describe, expect, it } from 'vitest'

import { endWithTheWindow, staffExit } from '../../electron/main/app-exit'
import { asElectron, FakeApp, FakeClipboard } from './fakes/fake-electron'
import { createRecordingAuditLog } from './fakes/recording-audit-log'

describe('how the kiosk ends', () => {
  it('quits with its last window, audited', () => {
    const app = new FakeApp()
    const audit = createRecordingAuditLog()
    endWithTheWindow(asElectron<App>(app), { audit, clipboard: new FakeClipboard() })
    app.emit('window-all-closed')
    expect(audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'window-closed' } }])
    expect(app.exits).toBe(1)
  })

  it("clears both clipboards on the way out, so no patient's copied text outlives the app", () => {
    const app = new FakeApp()
    const clipboard = new FakeClipboard()
    clipboard.text = 'copied by a patient'
    if (clipboard.selection !== undefined) clipboard.selection.text = 'highlighted by a patient'
    endWithTheWindow(asElectron<App>(app), { audit: createRecordingAuditLog(), clipboard })
    app.quit()
    expect(clipboard.journal).toEqual(['clipboard.clear', 'selection.clear'])
    expect(clipboard.text).toBe('')
    expect(clipboard.selection?.text).toBe('')
  })

  it("audits staff's Exit kiosk, then quits through the flushed quit", () => {
    const audit = createRecordingAuditLog()
    const quits: string[] = []
    const exit = staffExit(audit, (reason) => void quits.push(reason))
    expect(quits).toEqual([])
    exit()
    expect(audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'staff-exit' } }])
    expect(quits).toEqual(['staff-exit'])
  })
})
