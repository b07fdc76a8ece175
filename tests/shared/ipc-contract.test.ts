import { describe, expect, it } from 'vitest'

import { bridgeEvents, bridgeMethods } from '../../shared/ipc/bridge-methods'
import { ipcContract, ipcEvents } from '../../shared/ipc/contract'

describe('the IPC contract', () => {
  it('exposes every channel through exactly one bridge method, and nothing else', () => {
    const bridged = Object.values(bridgeMethods)
    expect([...bridged].sort()).toEqual(Object.keys(ipcContract).sort())
    expect(new Set(bridged).size).toBe(bridged.length)
  })

  it('exposes every pushed event through exactly one subscription', () => {
    expect(Object.values(bridgeEvents).sort()).toEqual(Object.keys(ipcEvents).sort())
  })

  it('names channels domain:action in kebab-case', () => {
    for (const channel of [...Object.keys(ipcContract), ...Object.keys(ipcEvents)]) {
      expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
    }
  })

  it('names methods getX/doX and subscriptions onX', () => {
    for (const method of Object.keys(bridgeMethods)) expect(method).toMatch(/^[a-z]+[A-Za-z]*$/)
    for (const method of Object.keys(bridgeEvents)) expect(method).toMatch(/^on[A-Z][A-Za-z]*$/)
  })

  it('declares every request as a strict object (unknown fields are rejected, not dropped)', () => {
    for (const [channel, spec] of Object.entries(ipcContract)) {
      const def = spec.request.def
      expect(def.type, channel).toBe('object')
      expect(def.catchall?._zod.def.type, `${channel} must use .strict()`).toBe('never')
    }
  })
})
