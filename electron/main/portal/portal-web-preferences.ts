import type { WebPreferences } from 'electron'

/**
 * The portal view runs third-party content: no preload (so no `window.kiosk`, no IPC), sandboxed,
 * isolated, an in-memory partition of its own. Tests assert each field.
 */
export function portalWebPreferences(partition: string): WebPreferences {
  if (partition.startsWith('persist:')) throw new Error('the portal partition must not persist')
  return {
    partition,
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
