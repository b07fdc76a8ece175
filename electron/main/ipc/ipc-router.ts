import type { IpcMain, IpcMainInvokeEvent } from 'electron'

import {
  ipcContract,
  type IpcChannel,
  type IpcHandlerResult,
  type IpcParsedRequest,
  type IpcResponse,
} from '../../../shared/ipc/contract'
import { ipcFail, ipcOk, IpcRejection, type IpcResult } from '../../../shared/ipc/ipc-result'
import type { AuditLog } from '../audit/audit-event'

export type IpcHandler<C extends IpcChannel> = (
  request: IpcParsedRequest<C>,
) => IpcHandlerResult<C> | Promise<IpcHandlerResult<C>>

export interface IpcRouter {
  /** Registers the one handler for a channel; a second registration is a programming error. */
  handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void
}

export interface IpcRouterDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>
  readonly isTrustedSender: (event: IpcMainInvokeEvent) => boolean
  readonly audit: AuditLog
}

/**
 * The one choke point for every IPC message: (1) the sender must be our UI, (2) the payload
 * must parse with the channel's schema, (3) the handler's answer must parse with the response
 * schema (which also strips fields the UI must never see). Payloads are never logged.
 */
export function createIpcRouter({ ipcMain, isTrustedSender, audit }: IpcRouterDeps): IpcRouter {
  const registered = new Set<IpcChannel>()
  return {
    handle(channel, handler) {
      if (registered.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`)
      registered.add(channel)
      const spec = ipcContract[channel]
      ipcMain.handle(
        channel,
        async (event, payload: unknown): Promise<IpcResult<IpcResponse<typeof channel>>> => {
          if (!isTrustedSender(event)) {
            audit.record('ipc-rejected', { channel, code: 'forbidden-sender' })
            return ipcFail('forbidden-sender')
          }
          const request = spec.request.safeParse(payload)
          if (!request.success) {
            audit.record('ipc-rejected', { channel, code: 'invalid-request' })
            return ipcFail('invalid-request')
          }
          try {
            const result = await handler(request.data as IpcParsedRequest<typeof channel>)
            const response = spec.response.safeParse(result)
            if (!response.success) throw new Error(`response for ${channel} broke its schema`)
            return ipcOk(response.data as IpcResponse<typeof channel>)
          } catch (error) {
            if (error instanceof IpcRejection) return ipcFail('rejected', error.detail)
            audit.record('ipc-handler-failed', {
              channel,
              errorName: error instanceof Error ? error.name : 'unknown',
            })
            return ipcFail('internal-error')
          }
        },
      )
    },
  }
}
