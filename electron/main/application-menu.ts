import type { Menu } from 'electron'

/**
 * No application menu, ever. Unless the app sets one first, Electron builds a default menu on
 * `will-finish-launching` — File, Edit, View (Reload, Force Reload, Toggle Developer Tools, zoom),
 * Window — whose accelerators (Ctrl+Shift+I, Ctrl+R, Ctrl+W…) work in every window even when no
 * menu bar is shown (lib/browser/default-menu.ts: `setDefaultApplicationMenu` skips only when
 * `applicationMenuWasSet`, which `Menu.setApplicationMenu` sets in lib/browser/api/menu.ts).
 * So this runs at start-up, before `ready` and before any window exists; `removeMenu()` on the
 * kiosk window stays as a second layer.
 */
export function removeApplicationMenu(menu: Pick<typeof Menu, 'setApplicationMenu'>): void {
  menu.setApplicationMenu(null)
}
