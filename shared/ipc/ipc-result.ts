/**
 * What every IPC call resolves to. Errors are values with a code, never thrown across the
 * boundary: Electron flattens thrown errors into strings, and the renderer must be able to
 * translate each failure into a message for the patient.
 */
export const ipcErrorCodes = [
  /** The message did not come from our own UI (app:// main frame). */
  'forbidden-sender',
  /** The payload did not match the channel's request schema. */
  'invalid-request',
  /** No handler is registered for the channel. */
  'unknown-channel',
  /** The handler refused the request for a domain reason (see `detail`). */
  'rejected',
  /** The handler threw; details are in main's log, never sent to the renderer. */
  'internal-error',
] as const

export type IpcErrorCode = (typeof ipcErrorCodes)[number]

export interface IpcError {
  readonly code: IpcErrorCode
  /** A machine-readable reason for `rejected` (e.g. 'locked-out'); never personal data. */
  readonly detail?: string
}

export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function ipcFail<T = never>(code: IpcErrorCode, detail?: string): IpcResult<T> {
  return detail === undefined
    ? { ok: false, error: { code } }
    : { ok: false, error: { code, detail } }
}

/** Thrown by a handler to answer `rejected` with a reason instead of `internal-error`. */
export class IpcRejection extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'IpcRejection'
  }
}
