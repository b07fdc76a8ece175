/**
 * The preload: exposes `window.kiosk` with one named method per contract channel and one
 * `onX(listener) → unsubscribe` per pushed event. Never `ipcRenderer` itself, never a generic
 * `send(channel)`. Bundled to a single CommonJS file because a sandboxed preload can only
 * `require('electron')`.
 */
import { contextBridge, ipcRenderer } from 'electron'

import { bridgeEvents, bridgeMethods } from '../../shared/ipc/bridge-methods'

const api: Record<string, unknown> = {}

for (const [method, channel] of Object.entries(bridgeMethods)) {
  api[method] = (request?: unknown) => ipcRenderer.invoke(channel, request ?? {})
}

for (const [method, channel] of Object.entries(bridgeEvents)) {
  api[method] = (listener: (payload: unknown) => void) => {
    const forward = (_event: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  }
}

contextBridge.exposeInMainWorld('kiosk', Object.freeze(api))
