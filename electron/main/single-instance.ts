import type { App, BrowserWindow } from 'electron'

/**
 * One kiosk per machine: a second start (a desktop launcher, systemd starting it again) quits at
 * once (`requestSingleInstanceLock`), and the running kiosk comes back to the front instead.
 */
export function focusOnSecondInstance(
  app: Pick<App, 'on'>,
  window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'>,
): void {
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
}
