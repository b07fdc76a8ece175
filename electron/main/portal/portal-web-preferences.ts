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
  return { partition, ...lockedWebPreferences(), disableDialogs: true }
}
