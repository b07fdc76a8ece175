import type { BrowserWindow } from 'electron'

import type { AuditLog } from './audit/audit-event'

export interface WindowCloseGuardDeps {
  /** True once staff chose "Exit kiosk", the app is restarting, or the OS is shutting it down. */
  readonly mayClose: () => boolean
  readonly restarting: () => boolean
  readonly audit: AuditLog
}

/**
 * The kiosk window cannot be closed from outside. Alt+F4 from a window manager, a taskbar's
 * "Close" or xdotool never pass through `before-input-event` (the keys go to the window manager,
 * not the page), but they all end in the window's `close` event, which Electron lets us cancel
 * with preventDefault (docs/api/browser-window.md, "Event: 'close'"). Refused attempts are
 * logged; our own quits (Exit kiosk, restart) set `mayClose` first.
 */
export function guardWindowClose(
  window: Pick<BrowserWindow, 'on'>,
  deps: WindowCloseGuardDeps,
): void {
  window.on('close', (event) => {
    if (deps.mayClose()) return
    event.preventDefault()
    deps.audit.record('window-close-refused', { restarting: deps.restarting() })
  })
}

/**
 * Who may end the app: staff ("Exit kiosk"), our own restart, or the operating system (a
 * shutdown or `systemctl stop` arrives as `before-quit` without passing through our code; it
 * must win, or the kiosk is killed later without clearing the clipboard).
 */
export function createQuitPermission() {
  let reason: string | null = null
  return {
    /** Called right before app.quit() by every path allowed to end the kiosk. */
    allow(why: string): void {
      reason ??= why
    },
    mayClose: () => reason !== null,
    reason: () => reason,
  }
}
