/**
 * Composition root: creates the Electron objects and hands them to the small modules that do
 * the work. No logic lives here; each module is unit-tested with a typed fake of electron.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import {
  app,
  BrowserWindow,
  clipboard,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  session,
  WebContentsView,
} from 'electron'

import { realTimers } from '../../shared/session/session-runner'
import { endWithTheWindow, staffExit } from './app-exit'
import { registerAppSchemePrivileges, serveAppScheme } from './app-protocol'
import { removeApplicationMenu } from './application-menu'
import { createKioskAudit } from './audit/kiosk-audit'
import { publicKeyLocation } from './config/config-signature'
import { startLiveReload } from './config/live-reload'
import { setupConfig } from './config/setup-config'
import { registerConfigIpc } from './ipc/config-ipc'
import { createIpcRouter } from './ipc/ipc-router'
import { registerKioskInfoIpc } from './ipc/kiosk-info-ipc'
import { registerPortalIpc } from './ipc/portal-ipc'
import { registerSessionIpc } from './ipc/session-ipc'
import { isTrustedSender } from './ipc/trusted-sender'
import { swallowKioskShortcuts } from './kiosk-shortcuts'
import { enableSpeechDispatcher } from './speech-switches'
import { createKioskState } from './kiosk-state'
import { createKioskWindow } from './kiosk-window'
import { denyAllPermissions } from './permissions'
import { kioskGuardOptions } from './portal/portal-guard-options'
import { createBlockedFrameTally } from './portal/blocked-frame-tally'
import { refuseHttpAuth } from './portal/no-os-dialogs'
import { refuseUntrustedCertificates } from './portal/portal-session-guard'
import { portalWebPreferences } from './portal/portal-web-preferences'
import { keepDisplayAwake } from './recovery/renderer-watchdog'
import { lockSessionsOnConfigProblems, sessionTimingFrom } from './session/config-lock'
import { scheduleDailyRestart } from './session/daily-restart'
import { createPatientSession } from './session/patient-session'
import { quitAfterFlush } from './quit-after-flush'
import { createProcessRestart, planRelaunch } from './session/process-restart'
import { restartAfterSessionLimit } from './session/session-limit-restart'
import { shellStatusFrom } from './shell-status'
import { focusOnSecondInstance } from './single-instance'
import { setupStaffMode } from './staff/setup-staff-mode'
import { createUiOrigin } from './ui-origin'
import { createUiPush } from './ui-push'
import { installWebContentsGuard } from './web-contents-guard'
import { createQuitPermission, guardWindowClose } from './window-close-guard'

// Before `ready`: privileges for app://, and the renderer sandbox for every process.
registerAppSchemePrivileges(protocol)
app.enableSandbox()
// Before Electron installs its default menu (DevTools and reload accelerators included).
removeApplicationMenu(Menu)
// Linux: `speechSynthesis` ("Listen") speaks through speech-dispatcher only with this switch.
enableSpeechDispatcher(app)
const startedAt = new Date()

const devMode = !app.isPackaged && process.argv.includes('--dev')
const devServerUrl = devMode ? process.env['ELECTRON_RENDERER_URL'] : undefined
const uiOrigin = createUiOrigin(devServerUrl)
// The configuration, session phase, UI contents and portal view, as they come to exist.
const kiosk = createKioskState({ env: process.env, isPackaged: app.isPackaged })
const loadedConfig = kiosk.config
// The audit log on disk, with the opt-in OpenTelemetry export (`telemetry` in the configuration).
const { audit, telemetry } = createKioskAudit({
  dir: join(app.getPath('userData'), 'audit'),
  appVersion: app.getVersion(),
  startedAt,
  config: loadedConfig,
  phase: kiosk.phase,
  clock: Date.now,
  warn: console.warn,
  error: console.error,
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(main)
}

async function main(): Promise<void> {
  audit.record('app-start', { version: app.getVersion(), runtime: 'electron' })
  serveAppScheme(protocol, join(import.meta.dirname, '../renderer'))
  denyAllPermissions(session.defaultSession)
  refuseUntrustedCertificates(app)
  refuseHttpAuth(app, audit)
  keepDisplayAwake(powerSaveBlocker)
  // Loaded before any window: a broken file locks the kiosk as "not configured" from the start.
  const configLocation = {
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    userDataPath: app.getPath('userData'),
  }
  // Installed by IT outside user data; when present, only signed files are accepted.
  const publicKeyPath = publicKeyLocation(process.platform)
  const config = await setupConfig({ ...configLocation, readFile, publicKeyPath, audit })
  // Unpackaged runs may point every portal at a local stand-in (see README, "Portal view").
  kiosk.attachConfig(config)

  // Only staff ("Exit kiosk"), our own restart or the OS may end the kiosk (README, item 6).
  const quitPermission = createQuitPermission()
  // Every quit (restart, staff exit, the OS) first flushes telemetry, at most 2 s.
  const quitFor = quitAfterFlush({
    app,
    permission: quitPermission,
    audit,
    flush: () => telemetry.shutdown(),
    timers: realTimers,
  })
  const restarter = createProcessRestart({
    plan: planRelaunch({ env: process.env, execPath: process.execPath, argv: process.argv }),
    relaunch: (options) => app.relaunch(options),
    quit: () => quitFor('restart'),
    audit,
  })
  const blockedFrames = createBlockedFrameTally(() => new Date())

  installWebContentsGuard(
    app,
    kioskGuardOptions({
      isUiContents: kiosk.isUiContents,
      uiRule: uiOrigin.isUiUrl,
      portal: kiosk.portal,
      audit,
    }),
  )

  const window = createKioskWindow(BrowserWindow, {
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    devMode,
  })
  kiosk.attachUiContents(window.webContents)
  guardWindowClose(window, {
    mayClose: quitPermission.mayClose,
    restarting: restarter.restarting,
    audit,
  })
  if (!devMode) swallowKioskShortcuts(window.webContents, { keypad: true })
  focusOnSecondInstance(app, window)
  const pushToUi = createUiPush(window.webContents)

  const {
    lifecycle,
    portal: portalView,
    uiReset,
  } = createPatientSession({
    window,
    createPortalView: (partition) =>
      new WebContentsView({ webPreferences: portalWebPreferences(partition) }),
    sessionFor: (partition) => session.fromPartition(partition),
    clipboard,
    timing: sessionTimingFrom(loadedConfig),
    uiEntryUrl: uiOrigin.entryUrl,
    audit,
    timers: realTimers,
    clock: Date.now,
    randomUuid: randomUUID,
    pushToUi,
    blockedFrames,
    hardenPortalContents: (contents) => {
      if (!devMode) swallowKioskShortcuts(contents, { keypadTo: window.webContents })
    },
  })
  kiosk.attachPortal(portalView)
  // No patient session starts on a missing or broken configuration (phase `config-error`).
  lockSessionsOnConfigProblems(lifecycle, config)
  kiosk.attachSession(lifecycle)
  telemetry.follow(config)
  // A file changed by device management applies between patients, never during a session.
  startLiveReload({
    config,
    phase: () => lifecycle.phase(),
    onSessionChange: (listener) => lifecycle.subscribe(listener),
    audit,
    location: configLocation,
    publicKeyPath,
    timers: realTimers,
  })

  // Electron never frees a partition: restart between patients after N sessions (and daily).
  const sessionLimit = restartAfterSessionLimit({
    session: lifecycle,
    limit: () => loadedConfig()?.restartAfterSessions,
    restart: () => restarter.restart('session-limit'),
  })

  const router = createIpcRouter({
    ipcMain,
    isTrustedSender: (event) => isTrustedSender(event, kiosk.uiContentsId(), uiOrigin),
    audit,
  })
  registerKioskInfoIpc(router, { appVersion: app.getVersion() })
  registerConfigIpc(router, { config })
  registerSessionIpc(router, {
    session: lifecycle,
    uiReset,
    pushToUi,
    enabledLanguages: () => loadedConfig()?.languages.enabled ?? null,
  })
  registerPortalIpc(router, { portal: portalView, session: lifecycle, currentConfig: loadedConfig })
  setupStaffMode({
    router,
    session: lifecycle,
    config,
    audit,
    errors: () => audit.tally(),
    providers: {
      lastWipe: () => lifecycle.lastWipe(),
      shell: shellStatusFrom({ config: loadedConfig, sessionLimit, blockedFrames }),
    },
    appVersion: app.getVersion(),
    stateDir: app.getPath('userData'),
    fs: { readFileSync, writeFileSync, renameSync },
    quit: staffExit(audit, quitFor),
  })

  // `dailyRestartHour`: a fresh process each day, only ever between patients.
  scheduleDailyRestart({
    hour: () => loadedConfig()?.dailyRestartHour,
    phase: () => lifecycle.phase(),
    now: () => new Date(),
    startedAt,
    timers: realTimers,
    // Logged by the restarter (how it comes back, or why it cannot: then the kiosk stays up).
    restart: () => void restarter.restart('daily-restart'),
  })

  // The clipboard outlives the app: never leave a patient's copied text behind on exit.
  endWithTheWindow(app, { audit, clipboard })
  await window.loadURL(uiOrigin.entryUrl)
}
