import { defaultConfig } from '../../../shared/config/default-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { ipcOk } from '../../../shared/ipc/ipc-result'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import { createPreviewCallLog, type PreviewCallLog } from './preview-call-log'
import { createPreviewPortal, type PreviewPortal } from './preview-portal'
import { createPreviewSession } from './preview-session'

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
  portal: PreviewPortal = createPreviewPortal(),
): KioskBridge {
  const session = createPreviewSession(() => {
    portal.close()
    log.clear()
  })
  const publicConfig = toPublicConfig(defaultConfig)
  const recorded = <R>(method: string, request: unknown, answer: () => R): Promise<R> => {
    log.record(method, request ?? {})
    return Promise.resolve(answer())
  }
  return {
    getInfo: (request) =>
      recorded('getInfo', request, () =>
        ipcOk({ appVersion: 'preview', runtime: 'preview' as const }),
      ),
    getPublicConfig: (request) => recorded('getPublicConfig', request, () => ipcOk(publicConfig)),
    getSessionState: (request) => recorded('getSessionState', request, () => ipcOk(session.view())),
    startSession: (request) => recorded('startSession', request, () => ipcOk(session.start())),
    reportActivity: (request) => recorded('reportActivity', request, () => ipcOk(null)),
    endSession: (request) => {
      // The wipe clears the log, so this call is recorded after it: it is the first entry
      // of the next patient's log, and holds only the reason.
      const view = session.end()
      log.record('endSession', request ?? {})
      return Promise.resolve(ipcOk(view))
    },
    openPortal: (request) => recorded('openPortal', request, () => ipcOk(portal.open())),
    setPortalBounds: (request) => recorded('setPortalBounds', request, () => ipcOk(null)),
    reloadPortal: (request) => recorded('reloadPortal', request, () => ipcOk(portal.reload())),
    typeIntoPortal: (request) => recorded('typeIntoPortal', request, () => ipcOk(null)),
    pressPortalKey: (request) => recorded('pressPortalKey', request, () => ipcOk(null)),
    onSessionState: (listener) => session.subscribe(listener),
    onPortalStatus: (listener) => portal.subscribe(listener),
  }
}

export function installPreviewBridge(target: Window): void {
  const log = createPreviewCallLog()
  const portal = createPreviewPortal()
  Object.defineProperty(target, 'kiosk', {
    value: Object.freeze(createPreviewBridge(log, portal)),
    configurable: false,
  })
  target.__kioskPreview = { calls: log.calls, simulatePortalStatus: portal.simulate }
}
