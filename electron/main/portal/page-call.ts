import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { realTimers, type SessionTimers } from '../../../shared/session/session-runner'

/**
 * The longest any call into the portal page may take. Every call into the page
 * (`executeJavaScript`, `executeJavaScriptInIsolatedWorld`, `insertText`, a DevTools command)
 * resolves only when the page's renderer answers; a hung or frozen renderer never does, and an
 * IPC handler waiting on it would hold the patient's tap forever.
 */
export const PAGE_CALL_TIMEOUT_MS = 5_000

/** The page did not answer in time: the UI gets `page-unresponsive` (the hang ping acts on it). */
export class PageCallTimeout extends IpcRejection {
  constructor() {
    super('page-unresponsive')
  }
}

/** `call`, or a `PageCallTimeout` rejection once `ms` have passed without an answer. */
export function withinPageTime<T>(
  call: Promise<T>,
  timers: SessionTimers = realTimers,
  ms = PAGE_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.set(() => reject(new PageCallTimeout()), ms)
    call.then(
      (value) => {
        timers.clear(handle)
        resolve(value)
      },
      (error: unknown) => {
        timers.clear(handle)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

/** Waits `ms` (polling for a renderer's asynchronous report). */
export function pause(ms: number, timers: SessionTimers = realTimers): Promise<void> {
  return new Promise((resolve) => {
    timers.set(resolve, ms)
  })
}
