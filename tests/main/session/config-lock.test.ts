// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import { createConfigStore } from '../../../electron/main/config/config-store'
import type { ConfigLoad } from '../../../electron/main/config/load-config'
import {
  lockSessionsOnConfigProblems,
  sessionTimingFrom,
} from '../../../electron/main/session/config-lock'
import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { createKioskHarness } from '../support/kiosk-harness'

const good: ConfigLoad = { ok: true, config: defaultConfig, source: { kind: 'embedded' } }
const bad: ConfigLoad = {
  ok: false,
  source: { kind: 'argument', path: '/etc/kiosk.json' },
  problems: [{ path: 'timing.idleSeconds', message: 'must be at least 30' }],
}

async function setup(first: ConfigLoad) {
  let next = first
  const config = createConfigStore({
    audit: createRecordingAuditLog(),
    load: () => Promise.resolve(next),
  })
  await config.reload()
  const harness = createKioskHarness({ uiAnswersReset: true })
  lockSessionsOnConfigProblems(harness.lifecycle, config)
  return { config, lifecycle: harness.lifecycle, setNext: (load: ConfigLoad) => (next = load) }
}

describe('sessions locked on configuration problems', () => {
  it('shows config-error and starts no session on a bad configuration', async () => {
    const { lifecycle } = await setup(bad)
    expect(lifecycle.view().phase).toBe('config-error')
    expect(lifecycle.start('en').phase).toBe('config-error')
  })

  it('runs sessions normally on a good configuration', async () => {
    const { lifecycle } = await setup(good)
    expect(lifecycle.start('en').phase).toBe('active')
  })

  it('wipes a running session when a reload turns the configuration bad, then stays locked', async () => {
    const { lifecycle, config, setNext } = await setup(good)
    const ended = vi.fn()
    lifecycle.onSessionEnded(ended)
    lifecycle.start('en')
    setNext(bad)
    await config.reload()
    await lifecycle.settled()
    expect(ended).toHaveBeenCalledWith(expect.objectContaining({ cause: 'staff-reset' }))
    expect(lifecycle.view().phase).toBe('config-error')
  })

  it('unlocks to the attract screen once the file is fixed', async () => {
    const { lifecycle, config, setNext } = await setup(bad)
    setNext(good)
    await config.reload()
    expect(lifecycle.view().phase).toBe('attract')
  })
})

describe('session timing source', () => {
  it('uses the schema defaults before any valid configuration, then the last valid one', () => {
    let current: KioskConfig | null = null
    const timing = sessionTimingFrom(() => current)
    expect(timing()).toMatchObject({ idleSeconds: 90, warningSeconds: 30, maxExtensions: 10 })
    current = { ...defaultConfig, timing: { ...defaultConfig.timing, idleSeconds: 120 } }
    expect(timing().idleSeconds).toBe(120)
    current = null
    expect(timing().idleSeconds).toBe(120)
  })
})
