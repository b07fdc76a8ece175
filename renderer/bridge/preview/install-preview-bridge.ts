import { defaultConfig } from '../../../shared/config/default-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { ipcFail, ipcOk } from '../../../shared/ipc/ipc-result'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import type { PortalStatus } from '../../../shared/ipc/portal-channels'
import { createPreviewCallLog, type PreviewCallLog } from './preview-call-log'
import { createPreviewConfig, gateOnPreviewConfig, previewConfigMethods } from './preview-config'
import { createPreviewPortal, type PreviewPortal } from './preview-portal'
import { createPreviewPortalView, type PreviewPortalView } from './preview-portal-view'
import { createPreviewSession, withPreviewDoneSeconds } from './preview-session'
import { createPreviewStaff } from './preview-staff'

declare global {
  interface Window {
    /** Present only in the browser preview: what the UI asked "main" to do. */
    __kioskPreview?: {
      readonly calls: PreviewCallLog['calls']
      /** e2e hook: make the preview's portal report a status (failed, blocked…). */
      readonly simulatePortalStatus?: PreviewPortal['simulate']
    }
  }
}

/**
 * An in-page implementation of `window.kiosk` for the browser preview, where there is no
 * Electron main process. It answers like main would (with the embedded default configuration)
 * and records every call; the record is wiped with each session, like everything else.
 */
export function createPreviewBridge(
  log: PreviewCallLog = createPreviewCallLog(),
  options: {
    /** The page's query string: `?config=broken`, `?prefill=demo`, `?logo=demo`, `?staff=off`, `?idle=&warning=`. */
    readonly search?: string
    /** Passed in so the e2e hook can make it report failed or blocked. */
    readonly portal?: PreviewPortal
    /** Where the official page's view would be drawn (the page's stand-in box). */
    readonly portalView?: PreviewPortalView
  } = {},
): KioskBridge {
  const search = options.search ?? ''
  const previewConfig = createPreviewConfig(search)
  const portal = options.portal ?? createPreviewPortal()
  let portalState: PortalStatus['state'] = 'closed'
  const portalView = options.portalView
  portal.subscribe((status) => {
    portalState = status.state
    // As main: a closed, failed or blocked page is not shown, whatever the bounds.
    if (status.state !== 'loading' && status.state !== 'ready') portalView?.hide()
  })
  const session = createPreviewSession({
    closePortal: () => portal.close(),
    isPortalClosed: () => portalState === 'closed',
    clearCallLog: () => log.clear(),
    isCallLogEmpty: () => log.calls.length === 0,
  })
  const publicConfig = withPreviewDoneSeconds(
    toPublicConfig(previewConfig.config() ?? defaultConfig, previewConfig.logo()),
    search,
  )
  // The patient who left the hand-off for the done screen: no portal again until the wipe
  // (as main's `portal:finish`). The wipe's new generation ends it.
  let finishedGeneration: number | null = null
  const portalFinished = () => finishedGeneration === session.view().generation
  const recorded = <R>(method: string, request: unknown, answer: () => R): Promise<R> => {
    log.record(method, request ?? {})
    return Promise.resolve(answer())
  }
  const bridge: KioskBridge = {
    getInfo: (request) =>
      recorded('getInfo', request, () =>
        ipcOk({ appVersion: 'preview', runtime: 'preview' as const }),
      ),
    getPublicConfig: (request) => recorded('getPublicConfig', request, () => ipcOk(publicConfig)),
    getSessionState: (request) => recorded('getSessionState', request, () => ipcOk(session.view())),
    startSession: (request) => recorded('startSession', request, () => ipcOk(session.start())),
    reportActivity: (request) =>
      recorded('reportActivity', request, () => {
        session.recordActivity()
        return ipcOk(null)
      }),
    endSession: async (request) => {
      // The wipe clears the log, so this call is recorded after it: it is the first entry
      // of the next patient's log, and holds only the reason.
      const view = await session.end(request.reason)
      log.record('endSession', request)
      return ipcOk(view)
    },
    requestMoreTime: (request) =>
      recorded('requestMoreTime', request, () => ipcOk(session.requestMoreTime())),
    confirmUiReset: (request) =>
      recorded('confirmUiReset', request, () => {
        session.confirmUiReset(request.generation)
        return ipcOk(null)
      }),
    openPortal: (request) =>
      recorded('openPortal', request, () =>
        portalFinished()
          ? ipcFail<PortalStatus>('rejected', 'portal-finished')
          : ipcOk(portal.open()),
      ),
    finishPortal: (request) =>
      recorded('finishPortal', request, () => {
        finishedGeneration = session.view().generation
        portal.close()
        return ipcOk({ state: 'closed' as const })
      }),
    setPortalBounds: (request) =>
      recorded('setPortalBounds', request, () => {
        if (portalState === 'loading' || portalState === 'ready') portalView?.place(request)
        return ipcOk(null)
      }),
    reloadPortal: (request) => recorded('reloadPortal', request, () => ipcOk(portal.reload())),
    typeIntoPortal: (request) => recorded('typeIntoPortal', request, () => ipcOk(null)),
    pressPortalKey: (request) => recorded('pressPortalKey', request, () => ipcOk(null)),
    // The preview has no official page to fill, and the details are never written to the log.
    prefillPortal: () =>
      recorded('prefillPortal', { details: '(hidden)' }, () => ipcOk({ filled: 0 })),
    onSessionState: (listener) => session.subscribe(listener),
    onPortalStatus: (listener) => portal.subscribe(listener),
    ...previewConfigMethods(previewConfig),
    ...createPreviewStaff({
      session,
      configStatus: () => previewConfig.status(),
      record: (method, request) => log.record(method, request),
      enabled: new URLSearchParams(search).get('staff') !== 'off',
    }),
  }
  return gateOnPreviewConfig(bridge, previewConfig)
}

export function installPreviewBridge(target: Window): void {
  const log = createPreviewCallLog()
  const portal = createPreviewPortal()
  Object.defineProperty(target, 'kiosk', {
    value: Object.freeze(
      createPreviewBridge(log, {
        search: target.location.search,
        portal,
        portalView: createPreviewPortalView(target.document),
      }),
    ),
    configurable: false,
  })
  target.__kioskPreview = { calls: log.calls, simulatePortalStatus: portal.simulate }
}
