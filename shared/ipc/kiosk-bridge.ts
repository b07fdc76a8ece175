import type { IpcResult } from './ipc-result'
import type { bridgeEvents, bridgeMethods } from './bridge-methods'
import type { IpcChannel, IpcEventName, IpcEventPayload, IpcRequest, IpcResponse } from './contract'

type EmptyObject = Record<string, never>

type BridgeMethod<C extends IpcChannel> =
  IpcRequest<C> extends EmptyObject
    ? (request?: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>
    : (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>

type BridgeSubscription<E extends IpcEventName> = (
  listener: (payload: IpcEventPayload<E>) => void,
) => () => void

/**
 * The type of `window.kiosk`, derived from the contract: the preload implements it and the
 * renderer consumes it, so neither can name a method or payload the contract does not have.
 */
export type KioskBridge = {
  readonly [M in keyof typeof bridgeMethods]: BridgeMethod<(typeof bridgeMethods)[M]>
} & {
  readonly [E in keyof typeof bridgeEvents]: BridgeSubscription<(typeof bridgeEvents)[E]>
}
