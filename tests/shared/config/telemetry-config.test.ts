import { describe, expect, it } from 'vitest'

import { defaultConfig, parseConfig } from '../../../shared/config/default-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { validConfigJson, withChange } from './config-fixtures'

const section = {
  endpoint: 'https://otel.clinic.example:4318',
  headers: { Authorization: 'Bearer fleet-secret-token' },
  kioskId: 'lobby-1',
  site: 'gonda',
}

const withTelemetry = (changes: Record<string, unknown>) =>
  parseConfig(withChange('telemetry', { ...section, ...changes }, validConfigJson()))

describe('the telemetry section', () => {
  it('is absent from the embedded default: nothing is sent unless IT asks', () => {
    expect(defaultConfig.telemetry).toBeUndefined()
    expect(defaultConfig.requireSignedConfig).toBe(false)
  })

  it('defaults the export interval to 60 s', () => {
    const parsed = withTelemetry({})
    expect(parsed.ok && parsed.config.telemetry?.exportIntervalSeconds).toBe(60)
  })

  it.each([
    ['https://otel.clinic.example', true],
    ['http://127.0.0.1:4318', true],
    ['http://localhost:4318', true],
    ['http://otel.clinic.example:4318', false],
    ['https://user:pass@otel.clinic.example', false],
    ['https://otel.clinic.example/?token=x', false],
    ['ftp://otel.clinic.example', false],
    ['not a url', false],
  ])('endpoint %s → accepted: %s', (endpoint, ok) => {
    expect(withTelemetry({ endpoint }).ok).toBe(ok)
  })

  it('never reaches the UI (its headers may hold a token)', () => {
    const parsed = withTelemetry({})
    if (!parsed.ok) throw new Error('fixture')
    const visible = JSON.stringify(toPublicConfig(parsed.config))
    expect(visible).not.toContain('fleet-secret-token')
    expect(visible).not.toContain('otel.clinic.example')
  })
})
