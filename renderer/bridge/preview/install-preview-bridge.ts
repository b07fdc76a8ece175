import { ipcOk } from '../../../shared/ipc/ipc-result'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import { createPreviewCallLog, type PreviewCallLog } from './preview-call-log'
import { createPreviewSession } from './preview-session'

declare global {
  interface Window {
    /** Present only in the browser preview: what the UI asked "main" to do. */
    __kioskPreview?: { readonly calls: PreviewCallLog['calls'] }
  }
}

/**
 * An in-page implementation of `window.kiosk` for the browser preview, where there is no
 * Electron main process. It answers like main would and records every call.
 */
export function createPreviewBridge(log: PreviewCallLog = createPreviewCallLog()): KioskBridge {
  const session = createPreviewSession(log.clear)
  const recorded = <R>(method: string, request: unknown, answer: () => R): Promise<R> => {
    log.record(method, request ?? {})
    return Promise.resolve(answer())
  }
  return {
    getInfo: (request) =>
      recorded('getInfo', request, () =>
        ipcOk({ appVersion: 'preview', runtime: 'preview' as const }),
      ),
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
    onSessionState: (listener) => session.subscribe(listener),
  }
}

export function installPreviewBridge(target: Window): void {
  const log = createPreviewCallLog()
  Object.defineProperty(target, 'kiosk', {
    value: Object.freeze(createPreviewBridge(log)),
    configurable: false,
  })
  target.__kioskPreview = { calls: log.calls }
}
