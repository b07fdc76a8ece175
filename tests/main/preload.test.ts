// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { bridgeEvents, bridgeMethods } from '../../shared/ipc/bridge-methods'

// The preload runs inside Electron; here its one import is replaced by a recording fake.
const exposed = new Map<string, Record<string, unknown>>()
const invoke = vi.fn((channel: string, request: unknown) => Promise.resolve({ channel, request }))
const listeners = new Map<string, (...args: unknown[]) => void>()
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}))

beforeAll(async () => {
  await import('../../electron/preload/index')
})

describe('the preload', () => {
  it('exposes only window.kiosk, frozen, with exactly the contract methods', () => {
    expect([...exposed.keys()]).toEqual(['kiosk'])
    const api = exposed.get('kiosk') ?? {}
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(bridgeMethods), ...Object.keys(bridgeEvents)].sort(),
    )
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('never exposes ipcRenderer or a generic send/invoke', () => {
    const api = exposed.get('kiosk') ?? {}
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync'])
      expect(api).not.toHaveProperty(name)
  })

  it('maps each method to its channel and sends {} when called without arguments', async () => {
    const api = exposed.get('kiosk') as Record<string, (request?: unknown) => Promise<unknown>>
    await api['endSession']?.({ reason: 'patient-done' })
    expect(invoke).toHaveBeenLastCalledWith('session:end', { reason: 'patient-done' })
    await api['getInfo']?.()
    expect(invoke).toHaveBeenLastCalledWith('kiosk:get-info', {})
  })

  it('forwards pushed events without the IPC event object, and unsubscribes', () => {
    const api = exposed.get('kiosk') as Record<
      string,
      (listener: (payload: unknown) => void) => () => void
    >
    const received: unknown[] = []
    const unsubscribe = api['onSessionState']?.((payload) => received.push(payload))
    listeners.get('session:state')?.(
      { sender: 'the IPC event must not leak' },
      { phase: 'attract', generation: 1 },
    )
    expect(received).toEqual([{ phase: 'attract', generation: 1 }])
    unsubscribe?.()
    expect(listeners.has('session:state')).toBe(false)
  })
})
