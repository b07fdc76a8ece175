// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { createPartitionNames } from '../../../electron/main/portal/portal-partition'
import { portalWebPreferences } from '../../../electron/main/portal/portal-web-preferences'
import { fakeUuid } from '../support/kiosk-harness'

describe('portal partition names', () => {
  it('are portal-<uuid>, in memory, and never handed out twice', () => {
    const names = createPartitionNames(fakeUuid)
    const seen = [names.current()]
    for (let i = 0; i < 20; i += 1) seen.push(names.rotate())
    expect(new Set(seen).size).toBe(21)
    for (const name of seen) expect(name).toMatch(/^portal-[0-9a-f-]{36}$/)
    for (const name of seen.slice(0, -1)) expect(names.isRetired(name)).toBe(true)
  })

  it('refuses a random source that repeats itself', () => {
    const names = createPartitionNames(() => '00000000-0000-4000-8000-000000000001')
    expect(() => names.rotate()).toThrow(/reused/)
  })

  it('web preferences refuse a persistent partition', () => {
    expect(() => portalWebPreferences('persist:portal')).toThrow()
  })
})
