import type { WebPreferences } from 'electron'

/**
 * The webPreferences every view of the kiosk shares: Electron's security checklist in one
 * place (sandbox, isolation, no Node, web security, no insecure content, no experiments, no
 * <webview>, no devtools). The UI view adds its preload; the portal view adds its partition
 * and never a preload. Tests assert each field of both results.
 */
export function lockedWebPreferences(): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
    safeDialogs: true,
    autoplayPolicy: 'user-gesture-required',
  }
}
