import type { App, Clipboard, IpcMain, Session, View, WebContents, WebContentsView } from 'electron'

import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import type { SessionView } from '../../../shared/ipc/session-channels'
import type { AuditLog } from '../../../electron/main/audit/audit-event'
import { createIpcRouter } from '../../../electron/main/ipc/ipc-router'
import { registerPortalIpc } from '../../../electron/main/ipc/portal-ipc'
import { registerSessionIpc } from '../../../electron/main/ipc/session-ipc'
import { isTrustedSender } from '../../../electron/main/ipc/trusted-sender'
import { createBlockedFrameTally } from '../../../electron/main/portal/blocked-frame-tally'
import { kioskGuardOptions } from '../../../electron/main/portal/portal-guard-options'
import type { PortalViewManager } from '../../../electron/main/portal/portal-view'
import { portalWebPreferences } from '../../../electron/main/portal/portal-web-preferences'
import { createPatientSession } from '../../../electron/main/session/patient-session'
import { createUiOrigin } from '../../../electron/main/ui-origin'
import { installWebContentsGuard } from '../../../electron/main/web-contents-guard'
import {
  asElectron,
  FakeApp,
  FakeClipboard,
  FakeBrowserWindow,
  FakeContentView,
  FakeIpcMain,
  fakeInvokeEvent,
  FakeSessions,
  FakeWebContentsView,
} from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

let uuidCounter = 0
export function fakeUuid(): string {
  uuidCounter += 1
  return `00000000-0000-4000-8000-${uuidCounter.toString(16).padStart(12, '0')}`
}

export interface HarnessOptions {
  readonly audit?: AuditLog
  readonly config?: KioskConfig
  /** The fake UI answers session:ui-reset for each wipe (as the real renderer does). */
  readonly uiAnswersReset?: boolean
}

/**
 * The kiosk's main-process composition (guard + patient session + IPC) on typed fakes, wired the
 * way index.ts wires the real objects, plus a stand-in UI that talks through the IPC router.
 */
export function createKioskHarness(options: HarnessOptions = {}) {
  const journal: string[] = []
  const app = new FakeApp()
  const recording = createRecordingAuditLog()
  const audit = options.audit ?? recording
  const uiOrigin = createUiOrigin()
  let portalRef: PortalViewManager | null = null
  const uiContents = app.createWebContents()
  installWebContentsGuard(
    asElectron<Pick<App, 'on'>>(app),
    kioskGuardOptions({
      isUiContents: (contents) => contents.id === uiContents.id,
      uiRule: uiOrigin.isUiUrl,
      portal: () => portalRef,
      audit,
    }),
  )
  const contentView = new FakeContentView()
  // The kiosk window's size and 'resize' (its own webContents is not used: the UI is uiContents).
  const hostWindow = new FakeBrowserWindow({ width: 1280, height: 800 })
  const sessions = new FakeSessions(journal)
  const clipboard = new FakeClipboard(journal)
  const ipcMain = new FakeIpcMain()
  const pushed: { channel: string; payload: unknown }[] = []
  let uiAnswersReset = options.uiAnswersReset ?? true

  // The stand-in UI: a pushed wiping generation remounts it, then it reports empty. A crashed or
  // hung UI answers nothing until main reloads it; a reloaded UI asks for the state and answers.
  let uiDead = false
  uiContents.on('render-process-gone', () => {
    uiDead = true
  })
  uiContents.on('unresponsive', () => {
    uiDead = true
  })
  uiContents.on('responsive', () => {
    uiDead = false
  })
  const answerIfWiping = (view: SessionView): void => {
    if (view.phase === 'wiping' && uiAnswersReset && !uiDead) {
      queueMicrotask(() => void invoke('session:ui-reset', { generation: view.generation }))
    }
  }
  const push = (channel: string, payload: unknown): void => {
    pushed.push({ channel, payload })
    if (channel === 'session:state') answerIfWiping(payload as SessionView)
  }
  const originalLoad = uiContents.loadURL.bind(uiContents)
  uiContents.loadURL = async (url: string) => {
    await originalLoad(url)
    uiDead = false
    const state = (await invoke('session:get-state', {})) as { ok: boolean; value: SessionView }
    if (state.ok) answerIfWiping(state.value)
  }
  const blockedFrames = createBlockedFrameTally(() => new Date())
  const { lifecycle, portal, uiReset } = createPatientSession({
    blockedFrames,
    window: {
      contentView: asElectron<Pick<View, 'addChildView' | 'removeChildView'>>(contentView),
      webContents: uiContents.asWebContents(),
      getContentSize: () => hostWindow.getContentSize(),
      on: (event, listener) => hostWindow.on(event, listener),
    },
    createPortalView: (partition) => {
      const view = new FakeWebContentsView(
        { webPreferences: { ...portalWebPreferences(partition) } },
        sessions.fromPartition(partition),
      )
      app.emit('web-contents-created', { preventDefault() {} }, view.webContents)
      return asElectron<WebContentsView>(view)
    },
    sessionFor: (partition) => asElectron<Session>(sessions.fromPartition(partition)),
    clipboard: asElectron<Clipboard>(clipboard),
    timing: () => (options.config ?? defaultConfig).timing,
    uiEntryUrl: uiOrigin.entryUrl,
    audit,
    timers: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    clock: () => Date.now(),
    randomUuid: fakeUuid,
    pushToUi: push,
  })
  portalRef = portal

  const router = createIpcRouter({
    ipcMain: asElectron<Pick<IpcMain, 'handle'>>(ipcMain),
    isTrustedSender: (event) => isTrustedSender(event, uiContents.id, uiOrigin),
    audit,
  })
  registerSessionIpc(router, {
    session: lifecycle,
    uiReset,
    pushToUi: push,
    enabledLanguages: () => (options.config ?? defaultConfig).languages.enabled,
  })
  registerPortalIpc(router, {
    portal,
    session: lifecycle,
    currentConfig: () => options.config ?? defaultConfig,
  })

  const fromUi = fakeInvokeEvent({ contentsId: uiContents.id, url: uiOrigin.entryUrl })
  function invoke(channel: string, payload: unknown): Promise<unknown> {
    return ipcMain.invoke(channel, fromUi, payload)
  }

  /** The portal view currently in the window (the fake), if any. */
  const currentView = (): FakeWebContentsView | undefined =>
    contentView.children.at(-1) as FakeWebContentsView | undefined

  /** A message from any other sender (e.g. the portal view's webContents). */
  const invokeFrom = (event: unknown, channel: string, payload: unknown): Promise<unknown> =>
    ipcMain.invoke(channel, event, payload)

  return {
    invokeFrom,
    app,
    blockedFrames,
    /** Audit events, when no other audit log was passed in. */
    events: recording.events,
    journal,
    sessions,
    clipboard,
    contentView,
    hostWindow,
    uiContents,
    lifecycle,
    portal,
    pushed,
    invoke,
    currentView,
    setUiAnswersReset: (on: boolean) => {
      uiAnswersReset = on
    },
    portalContents: (): WebContents => portal.contents(),
  }
}
