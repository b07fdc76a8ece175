/**
 * Composition root: creates the Electron objects and hands them to the small modules that do
 * the work. No logic lives here; each module is unit-tested with a typed fake of electron.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { app, BrowserWindow, ipcMain, protocol, session } from 'electron'

import { createStreamAuditLog } from './audit/console-audit-log'
import { registerAppSchemePrivileges, serveAppScheme } from './app-protocol'
import { gateSessionOnConfig } from './config/config-gated-session'
import { setupConfig } from './config/setup-config'
import { registerConfigIpc } from './ipc/config-ipc'
import { createIpcRouter } from './ipc/ipc-router'
import { registerKioskInfoIpc } from './ipc/kiosk-info-ipc'
import { registerSessionIpc } from './ipc/session-ipc'
import { isTrustedSender } from './ipc/trusted-sender'
import { swallowKioskShortcuts } from './kiosk-shortcuts'
import { createKioskWindow } from './kiosk-window'
import { denyAllPermissions } from './permissions'
import { createSessionController } from './session/session-controller'
import { withErrorTally } from './staff/error-tally'
import { setupStaffMode } from './staff/setup-staff-mode'
import { createUiOrigin } from './ui-origin'
import { denyAllNavigation, installWebContentsGuard } from './web-contents-guard'

// Before `ready`: privileges for app://, and the renderer sandbox for every process.
registerAppSchemePrivileges(protocol)
app.enableSandbox()

const devMode = !app.isPackaged && process.argv.includes('--dev')
const devServerUrl = devMode ? process.env['ELECTRON_RENDERER_URL'] : undefined
const uiOrigin = createUiOrigin(devServerUrl)
// Wrapped to count error events for the staff panel ("errors since start").
const audit = withErrorTally(createStreamAuditLog((line) => process.stdout.write(line)))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(main)
}

async function main(): Promise<void> {
  audit.record('app-start', { version: app.getVersion(), runtime: 'electron' })
  serveAppScheme(protocol, join(import.meta.dirname, '../renderer'))
  denyAllPermissions(session.defaultSession)
  // Loaded before any window: a broken file locks the kiosk as "not configured" from the start.
  const config = await setupConfig({
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    userDataPath: app.getPath('userData'),
    readFile,
    audit,
  })

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
  registerConfigIpc(router, { config })
  // No patient session runs on a missing or broken configuration (phase `config-error`).
  const patientSession = gateSessionOnConfig(createSessionController(), config)
  registerSessionIpc(router, {
    session: patientSession,
    pushToUi: (channel, payload) => window.webContents.send(channel, payload),
  })
  setupStaffMode({
    router,
    session: patientSession,
    config,
    audit,
    errors: () => audit.tally(),
    providers: {}, // lastWipe: wired when the verified wipe reports its results
    appVersion: app.getVersion(),
    stateDir: app.getPath('userData'),
    fs: { readFileSync, writeFileSync, renameSync },
    quit: () => {
      audit.record('app-stop', { reason: 'staff-exit' })
      app.quit()
    },
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
