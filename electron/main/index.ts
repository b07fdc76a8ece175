/**
 * Composition root: creates the Electron objects and hands them to the small modules that do
 * the work. No logic lives here; each module is unit-tested with a typed fake of electron.
 */
import { join } from 'node:path'

import { app, BrowserWindow, ipcMain, protocol, session } from 'electron'

import { defaultConfig } from '../../shared/config/default-config'
import { createStreamAuditLog } from './audit/console-audit-log'
import { registerAppSchemePrivileges, serveAppScheme } from './app-protocol'
import { registerConfigIpc } from './ipc/config-ipc'
import { createIpcRouter } from './ipc/ipc-router'
import { registerKioskInfoIpc } from './ipc/kiosk-info-ipc'
import { registerSessionIpc } from './ipc/session-ipc'
import { isTrustedSender } from './ipc/trusted-sender'
import { swallowKioskShortcuts } from './kiosk-shortcuts'
import { createKioskWindow } from './kiosk-window'
import { denyAllPermissions } from './permissions'
import { createSessionController } from './session/session-controller'
import { createUiOrigin } from './ui-origin'
import { denyAllNavigation, installWebContentsGuard } from './web-contents-guard'

// Before `ready`: privileges for app://, and the renderer sandbox for every process.
registerAppSchemePrivileges(protocol)
app.enableSandbox()

const devMode = !app.isPackaged && process.argv.includes('--dev')
const devServerUrl = devMode ? process.env['ELECTRON_RENDERER_URL'] : undefined
const uiOrigin = createUiOrigin(devServerUrl)
const audit = createStreamAuditLog((line) => process.stdout.write(line))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(main)
}

async function main(): Promise<void> {
  audit.record('app-start', { version: app.getVersion(), runtime: 'electron' })
  serveAppScheme(protocol, join(import.meta.dirname, '../renderer'))
  denyAllPermissions(session.defaultSession)

  let uiContentsId = -1
  installWebContentsGuard(app, {
    navigationRuleFor: (contents) =>
      contents.id === uiContentsId ? uiOrigin.isUiUrl : denyAllNavigation,
    onNavigationBlocked: (contents, url) =>
      audit.record('navigation-blocked', {
        origin: originOf(url),
        view: contents.id === uiContentsId ? 'ui' : 'unknown',
      }),
  })

  const window = createKioskWindow(BrowserWindow, {
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    devMode,
  })
  uiContentsId = window.webContents.id
  if (!devMode) swallowKioskShortcuts(window.webContents)
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  const router = createIpcRouter({
    ipcMain,
    isTrustedSender: (event) => isTrustedSender(event, uiContentsId, uiOrigin),
    audit,
  })
  registerKioskInfoIpc(router, { appVersion: app.getVersion() })
  registerConfigIpc(router, { currentConfig: () => defaultConfig })
  registerSessionIpc(router, {
    session: createSessionController(),
    pushToUi: (channel, payload) => window.webContents.send(channel, payload),
  })

  app.on('window-all-closed', () => {
    audit.record('app-stop', { reason: 'window-closed' })
    app.quit()
  })
  await window.loadURL(uiOrigin.entryUrl)
}

/** Only the origin of a URL ever reaches the log: paths and queries can hold personal data. */
function originOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return 'unparseable'
  }
}
