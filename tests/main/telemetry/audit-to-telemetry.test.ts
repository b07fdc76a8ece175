// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import {
  withTelemetry,
  type TelemetrySignals,
} from '../../../electron/main/telemetry/audit-to-telemetry'
import { allowedAttributes } from '../../../electron/main/telemetry/telemetry-attributes'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const signals = (): TelemetrySignals => ({ count: vi.fn(), wipeDuration: vi.fn(), alert: vi.fn() })

describe('telemetry beside the audit log', () => {
  it('a telemetry failure never breaks or skips the audit record', () => {
    const recording = createRecordingAuditLog()
    const broken: TelemetrySignals = {
      ...signals(),
      count: () => {
        throw new Error('exporter exploded')
      },
    }
    const audit = withTelemetry(recording, () => broken)
    expect(() =>
      audit.record('session-start', { sessionId: 's1', language: 'en', assisted: false }),
    ).not.toThrow()
    expect(recording.events.map((e) => e.event)).toEqual(['session-start'])
  })

  it('with telemetry off, only the audit log records', () => {
    const recording = createRecordingAuditLog()
    withTelemetry(recording, () => null).record('staff-action', {
      action: 'help-requested',
      outcome: 'noted',
    })
    expect(recording.events).toHaveLength(1)
  })

  it('events that mean nothing to a fleet send nothing (PIN attempts, IPC refusals)', () => {
    const s = signals()
    const audit = withTelemetry(createRecordingAuditLog(), () => s)
    audit.record('staff-unlock-attempt', { result: 'wrong-pin', failures: 1 })
    audit.record('ipc-rejected', { channel: 'session:start', code: 'invalid-request' })
    audit.record('config-loaded', { source: 'user-data', path: '/x', sha256: null })
    expect(s.count).not.toHaveBeenCalled()
    expect(s.alert).not.toHaveBeenCalled()
  })
})

describe('the attribute allowlist', () => {
  const known = { portalIds: ['mayo-clinic'] }

  it('keeps allowed values, turns others into "other", drops unknown keys', () => {
    expect(
      allowedAttributes(
        {
          'kiosk.language': 'es',
          'kiosk.portal': 'mayo-clinic',
          'kiosk.end_cause': 'idle-timeout',
          'kiosk.navigation.origin': 'https://frames.example:8443',
          ...{ 'patient.name': 'Canaryfirst' },
        },
        known,
      ),
    ).toEqual({
      'kiosk.language': 'es',
      'kiosk.portal': 'mayo-clinic',
      'kiosk.end_cause': 'idle-timeout',
      'kiosk.navigation.origin': 'https://frames.example:8443',
    })
  })

  it.each([
    ['kiosk.navigation.origin', 'https://evil.example/path?q=1'],
    ['kiosk.navigation.origin', 'https://user@evil.example'],
    ['kiosk.navigation.origin', 'javascript:alert(1)'],
    ['kiosk.portal', 'another-portal'],
    ['kiosk.language', 'fr'],
    ['kiosk.end_cause', 'Canarylast'],
    ['kiosk.state', 42],
  ] as const)('%s = %s → other', (name, value) => {
    expect(allowedAttributes({ [name]: value }, known)).toEqual({ [name]: 'other' })
  })

  it('a missing value is "none"', () => {
    expect(allowedAttributes({ 'kiosk.portal': null }, known)).toEqual({ 'kiosk.portal': 'none' })
  })
})
