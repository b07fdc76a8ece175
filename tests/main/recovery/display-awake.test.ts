// @vitest-environment node
import type { PowerSaveBlocker } from 'electron'
import { describe, expect, it } from 'vitest'

import { keepDisplayAwake } from '../../../electron/main/recovery/renderer-watchdog'
import { asElectron, FakePowerSaveBlocker } from '../fakes/fake-electron'

describe('keepDisplayAwake', () => {
  it('blocks display sleep until stopped', () => {
    const blocker = new FakePowerSaveBlocker()
    const stop = keepDisplayAwake(asElectron<PowerSaveBlocker>(blocker))
    expect([...blocker.active.values()]).toEqual(['prevent-display-sleep'])
    stop()
    expect(blocker.active.size).toBe(0)
  })
})
