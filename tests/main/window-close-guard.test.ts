// @vitest-environment node
import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'

import { createQuitPermission, guardWindowClose } from '../../electron/main/window-close-guard'
import { asElectron, fakeEvent, FakeBrowserWindow } from './fakes/fake-electron'
import { createRecordingAuditLog } from './fakes/recording-audit-log'

function guardedWindow() {
  const window = new FakeBrowserWindow({})
  const audit = createRecordingAuditLog()
  const permission = createQuitPermission()
  let restarting = false
  guardWindowClose(asElectron<Pick<BrowserWindow, 'on'>>(window), {
    mayClose: permission.mayClose,
    restarting: () => restarting,
    audit,
  })
  return { window, audit, permission, setRestarting: (on: boolean) => (restarting = on) }
}

describe('the kiosk window cannot be closed from outside', () => {
  it('refuses a close from the window manager (Alt+F4) and logs it', () => {
    const { window, audit } = guardedWindow()
    // What Electron emits for WM_CLOSE / _NET_CLOSE_WINDOW (docs/api/browser-window.md).
    const close = fakeEvent()
    window.emit('close', close)
    expect(close.defaultPrevented).toBe(true)
    expect(audit.events).toEqual([{ event: 'window-close-refused', fields: { restarting: false } }])
  })

  it('closes when staff chose Exit kiosk or the app restarts', () => {
    for (const why of ['staff-exit', 'daily-restart', 'os-quit']) {
      const { window, permission, audit } = guardedWindow()
      permission.allow(why)
      const close = fakeEvent()
      window.emit('close', close)
      expect(close.defaultPrevented).toBe(false)
      expect(permission.reason()).toBe(why)
      expect(audit.events).toEqual([])
    }
  })
})
