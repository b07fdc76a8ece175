import type { WebPreferences } from 'electron'

import { lockedWebPreferences } from '../locked-web-preferences'

/**
 * The portal view runs third-party content: no preload (so no `window.kiosk`, no IPC), sandboxed,
 * isolated, an in-memory partition of its own. Tests assert each field.
 * `disableDialogs`: the page's alert/confirm/prompt never open a native message box (a separate
 * OS window, page-chosen text, above the fullscreen kiosk and our idle cover). Electron answers
 * them at once instead: alert returns, confirm returns false, prompt returns null
 * (shell/browser/electron_javascript_dialog_manager.cc, RunJavaScriptDialog;
 * docs/api/structures/web-preferences.md).
 */
export function portalWebPreferences(partition: string): WebPreferences {
  if (partition.startsWith('persist:')) throw new Error('the portal partition must not persist')
  return {
    partition,
    ...lockedWebPreferences(),
    disableDialogs: true,
    disableBlinkFeatures: PORTAL_DISABLED_BLINK_FEATURES,
  }
}

/**
 * Web platform features switched off in the portal's renderers (Electron appends them as
 * `--disable-blink-features` to each renderer process of the view:
 * shell/browser/web_contents_preferences.cc, AppendCommandLineSwitches), so the page finds no
 * such API at all — under the page-world overrides, which stay as the second layer:
 * - `EyeDropperAPI`: `new EyeDropper().open()` draws a screen-wide colour picker over
 *   everything, with no permission check (shell/browser/api/electron_api_web_contents.cc,
 *   OpenEyeDropper);
 * - `FileSystemAccessLocal`: `showOpenFilePicker`/`showSaveFilePicker`/`showDirectoryPicker`
 *   open the native file dialog (the PDF viewer's Save uses them too);
 * - `DocumentPictureInPictureAPI`: an always-on-top window the page fills itself.
 * Measured in Chromium: with these names each API is `undefined`. (Video Picture-in-Picture has
 * no working name here; it is refused by the portal session's Permissions-Policy instead.)
 */
export const PORTAL_DISABLED_BLINK_FEATURES =
  'EyeDropperAPI,FileSystemAccessLocal,DocumentPictureInPictureAPI'
