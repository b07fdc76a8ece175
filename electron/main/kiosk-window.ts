import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron'

import { lockedWebPreferences } from './locked-web-preferences'

/**
 * The UI view's webPreferences: the shared locked-down set plus our preload. Tests assert every
 * field; do not loosen one without changing the test and saying why in the commit.
 */
export function uiWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, ...lockedWebPreferences() }
}

export interface KioskWindowOptions {
  readonly preloadPath: string
  /** Unpackaged `--dev` runs: a normal window with devtools, for developers only. */
  readonly devMode: boolean
}

export function kioskWindowOptions({
  preloadPath,
  devMode,
}: KioskWindowOptions): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: !devMode,
    fullscreen: !devMode,
    frame: devMode,
    autoHideMenuBar: true,
    // The page's own background (global.css --bg; a test holds them equal): between a crash and
    // the reloaded page's "One moment" the window shows no flash of another colour.
    backgroundColor: '#ffffff',
    width: 1280,
    height: 800,
    webPreferences: { ...uiWebPreferences(preloadPath), devTools: devMode },
  }
}

type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/** Creates the kiosk window; it appears only once its first paint is ready (no white flash). */
export function createKioskWindow(
  BrowserWindowCtor: BrowserWindowConstructor,
  options: KioskWindowOptions,
): BrowserWindow {
  const window = new BrowserWindowCtor(kioskWindowOptions(options))
  window.removeMenu()
  window.once('ready-to-show', () => window.show())
  return window
}
