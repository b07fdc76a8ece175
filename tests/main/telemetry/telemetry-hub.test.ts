// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import type { ConfigStore } from '../../../electron/main/config/config-store'
import type { TelemetryRuntime } from '../../../electron/main/telemetry/otel-runtime'
import { createTelemetryHub } from '../../../electron/main/telemetry/telemetry-hub'
import { defaultConfig, parseConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import type { TelemetryConfig } from '../../../shared/config/telemetry-config'
import { validConfigJson, withChange } from '../../shared/config/config-fixtures'

function fakeRuntime(): TelemetryRuntime {
  return {
    count: vi.fn(),
    wipeDuration: vi.fn(),
    alert: vi.fn(),
    flush: vi.fn(() => Promise.resolve()),
    shutdown: vi.fn(() => Promise.resolve()),
  }
}

function store(initial: KioskConfig | null) {
  let current = initial
  const listeners = new Set<Parameters<ConfigStore['subscribe']>[0]>()
  const config: Pick<ConfigStore, 'current' | 'subscribe'> = {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const set = (next: KioskConfig | null) => {
    current = next
    const state = next === null ? 'invalid' : 'ok'
    for (const listener of listeners)
      listener({ state, source: { kind: 'embedded' }, problems: [] })
  }
  return { config, set }
}

const withTelemetry = (endpoint: string): KioskConfig => {
  const parsed = parseConfig(
    withChange('telemetry', { endpoint, kioskId: 'k1', site: 's1' }, validConfigJson()),
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.config
}

describe('telemetry follows the configuration', () => {
  it('is off with the embedded default: nothing is created, nothing is sent', () => {
    expect(defaultConfig.telemetry).toBeUndefined()
    const create = vi.fn(fakeRuntime)
    const hub = createTelemetryHub(create)
    hub.follow(store(defaultConfig).config)
    expect(create).not.toHaveBeenCalled()
    expect(hub.signals()).toBeNull()
  })

  it('starts with a telemetry section, replaces it when it changes, stops when it goes', () => {
    const made: [TelemetryConfig, TelemetryRuntime][] = []
    const hub = createTelemetryHub((settings) => {
      const runtime = fakeRuntime()
      made.push([settings, runtime])
      return runtime
    })
    const s = store(withTelemetry('https://otel-a.example'))
    hub.follow(s.config)
    expect(made.map(([settings]) => settings.endpoint)).toEqual(['https://otel-a.example'])

    s.set(withTelemetry('https://otel-a.example')) // same section: kept
    expect(made).toHaveLength(1)

    s.set(null) // invalid file: the last valid exporter keeps running for the alert
    expect(hub.signals()).toBe(made[0]?.[1])

    s.set(withTelemetry('https://otel-b.example'))
    expect(made).toHaveLength(2)
    expect(made[0]?.[1].shutdown).toHaveBeenCalled()
    expect(hub.signals()).toBe(made[1]?.[1])

    s.set(defaultConfig)
    expect(made[1]?.[1].shutdown).toHaveBeenCalled()
    expect(hub.signals()).toBeNull()
  })
})
