// @vitest-environment node
import { EventEmitter } from 'node:events'

import type { App, BaseWindow, PowerMonitor } from 'electron'
import { describe, expect, it } from 'vitest'

import { wipeBeforeAbruptExit } from '../../../electron/main/wipe/abrupt-exit'
import { asElectron, FakeApp, FakeBrowserWindow, FakeClipboard } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

function kiosk() {
  const journal: string[] = []
  const window = new FakeBrowserWindow({ width: 1280, height: 800 })
  const app = new FakeApp()
  const powerMonitor = new EventEmitter()
  const processEvents = new EventEmitter()
  const clipboard = new FakeClipboard(journal)
  clipboard.text = 'MRN 12345'
  if (clipboard.selection !== undefined) clipboard.selection.text = 'Jane'
  const audit = createRecordingAuditLog()
  wipeBeforeAbruptExit({
    window: asElectron<Pick<BaseWindow, 'on'>>(window),
    app: asElectron<Pick<App, 'on'>>(app),
    powerMonitor: asElectron<Pick<PowerMonitor, 'on'>>(powerMonitor),
    process: asElectron<Pick<NodeJS.Process, 'on'>>(processEvents),
    clipboard,
    audit,
  })
  return { journal, window, app, powerMonitor, processEvents, clipboard, audit }
}

describe('abrupt exits', () => {
  it('Windows session end: both clipboards and the audit line before the process is killed', () => {
    const { window, clipboard, audit, journal } = kiosk()
    window.simulateSessionEnd(['logoff'])
    // Synchronous: nothing after the listeners runs on this path.
    expect(window.terminated).toBe(true)
    expect(clipboard.text).toBe('')
    expect(clipboard.selection?.text).toBe('')
    expect(journal).toEqual(['clipboard.clear', 'selection.clear'])
    expect(audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'windows-session-end' } }])
  })

  it('a system shutdown (Linux, macOS) clears and logs once', () => {
    const { powerMonitor, clipboard, audit } = kiosk()
    powerMonitor.emit('shutdown')
    powerMonitor.emit('shutdown')
    expect(clipboard.text).toBe('')
    expect(audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'system-shutdown' } }])
  })

  it('app.exit() (quit without will-quit) still clears the clipboards', () => {
    const { app, clipboard, audit } = kiosk()
    app.emit('quit', {}, 0)
    expect(clipboard.text).toBe('')
    expect(clipboard.selection?.text).toBe('')
    expect(audit.events).toEqual([])
  })

  it('the audit line is written even when a clipboard cannot be cleared', () => {
    const { window, clipboard, audit } = kiosk()
    clipboard.clear = () => {
      throw new Error('clipboard busy')
    }
    expect(() => window.simulateSessionEnd()).not.toThrow()
    expect(audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'windows-session-end' } }])
  })

  it('an uncaught main-process error is logged by name only, not shown in an error box', () => {
    const { processEvents, audit } = kiosk()
    processEvents.emit('uncaughtException', new TypeError('cannot read Jane Example'))
    expect(audit.events).toEqual([
      { event: 'main-process-error', fields: { errorName: 'TypeError' } },
    ])
  })
})
