// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { withTelemetry } from '../../../electron/main/telemetry/audit-to-telemetry'
import { createFailureNotice } from '../../../electron/main/telemetry/export-failure-notice'
import {
  createTelemetryRuntime,
  exportedMetrics,
  type TelemetryRuntime,
} from '../../../electron/main/telemetry/otel-runtime'
import { createSessionController } from '../../../electron/main/session/session-controller'
import { telemetrySchema } from '../../../shared/config/telemetry-config'
import type { SessionState } from '../../../shared/session/session-state'
import type { SessionTimers } from '../../../shared/session/session-runner'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import {
  latest,
  logEvents,
  metricPoints,
  startOtlpReceiver,
  type OtlpReceiver,
} from './otlp-receiver'

const manualTimers: SessionTimers = { set: () => null, clear: () => undefined }
const timing = {
  idleSeconds: 90,
  warningSeconds: 30,
  maxExtensions: 10,
  assistedIdleSeconds: 300,
  assistedWarningSeconds: 60,
}

let receiver: OtlpReceiver
let runtime: TelemetryRuntime | null = null
beforeEach(async () => {
  receiver = await startOtlpReceiver()
})
afterEach(async () => {
  await runtime?.shutdown()
  runtime = null
  await receiver.close()
})

function kiosk(options: { exportIntervalSeconds?: number; wipeVerifies?: boolean } = {}) {
  let phase: SessionState['phase'] = 'attract'
  const failures: { signal: string; failures: number }[] = []
  runtime = createTelemetryRuntime({
    config: telemetrySchema.parse({
      endpoint: receiver.endpoint,
      headers: { 'x-api-key': 'fleet-key' },
      kioskId: 'lobby-1',
      site: 'gonda-1',
      exportIntervalSeconds: options.exportIntervalSeconds ?? 3600,
    }),
    appVersion: '9.8.7',
    phase: () => phase,
    portalIds: () => ['mayo-clinic', 'mayo-clinic-health-system'],
    clock: Date.now,
    startedAt: Date.now() - 5000,
    notice: createFailureNotice(Date.now, (notice) => failures.push(notice)),
  })
  const recording = createRecordingAuditLog()
  const current = runtime
  const audit = withTelemetry(recording, () => current)
  let id = 0
  const lifecycle = createSessionController({
    timing: () => timing,
    wipe: () =>
      Promise.resolve({
        verified: options.wipeVerifies ?? true,
        steps: [],
        failedSteps: options.wipeVerifies === false ? ['clear-data' as const] : [],
        wipeMs: 120,
        verifyMs: 30,
        oldPartition: 'portal-a',
        newPartition: 'portal-b',
      }),
    audit,
    newSessionId: () => `s-${(id += 1)}`,
    timers: manualTimers,
  })
  lifecycle.subscribe((view) => (phase = view.phase))
  return { runtime: current, audit, lifecycle, failures, recording }
}

describe('OpenTelemetry export to a real OTLP/HTTP receiver (decoded with the official protos)', () => {
  it('exports sessions, hand-offs, time-outs, wipes, blocked origins and help as OTLP metrics', async () => {
    const k = kiosk()
    k.lifecycle.start('es')
    k.lifecycle.noteMilestone('portal-ready', 'mayo-clinic')
    await k.lifecycle.end('patient-done')
    k.lifecycle.start('en')
    await k.lifecycle.end('idle-timeout')
    k.audit.record('navigation-blocked', {
      origin: 'https://lookalike.example',
      view: 'portal',
      kind: 'subframe',
    })
    k.audit.record('staff-action', { action: 'help-requested', outcome: 'noted' })
    await k.runtime.flush()

    expect(receiver.rejected).toEqual([])
    const metrics = receiver.received.find((request) => request.path === '/v1/metrics')
    expect(metrics?.contentType).toBe('application/x-protobuf')
    expect(metrics?.headers['x-api-key']).toBe('fleet-key')

    const started = latest(receiver, 'kiosk.sessions.started')
    expect(started.map((p) => [p.attributes, p.value])).toEqual(
      expect.arrayContaining([
        [{ 'kiosk.language': 'es' }, 1],
        [{ 'kiosk.language': 'en' }, 1],
      ]),
    )
    expect(started[0]?.resource).toMatchObject({
      'service.name': 'portal-kiosk',
      'service.version': '9.8.7',
      'service.instance.id': 'lobby-1',
      'kiosk.id': 'lobby-1',
      'kiosk.site': 'gonda-1',
    })
    expect(latest(receiver, 'kiosk.sessions.ended').map((p) => p.attributes)).toEqual(
      expect.arrayContaining([
        {
          'kiosk.portal': 'mayo-clinic',
          'kiosk.language': 'es',
          'kiosk.end_cause': 'patient-done',
          'kiosk.handed_off': 'true',
        },
        {
          'kiosk.portal': 'none',
          'kiosk.language': 'en',
          'kiosk.end_cause': 'idle-timeout',
          'kiosk.handed_off': 'false',
        },
      ]),
    )
    expect(latest(receiver, 'kiosk.handoffs.completed')).toMatchObject([
      { attributes: { 'kiosk.portal': 'mayo-clinic', 'kiosk.language': 'es' }, value: 1 },
    ])
    expect(latest(receiver, 'kiosk.sessions.timed_out')).toMatchObject([{ value: 1 }])
    expect(latest(receiver, 'kiosk.wipe.duration')).toMatchObject([
      { attributes: { 'kiosk.wipe.result': 'verified' }, value: 2, sum: 300 },
    ])
    expect(latest(receiver, 'kiosk.navigation.blocked')).toMatchObject([
      {
        attributes: {
          'kiosk.navigation.origin': 'https://lookalike.example',
          'kiosk.navigation.kind': 'subframe',
          'kiosk.view': 'portal',
        },
        value: 1,
      },
    ])
    expect(latest(receiver, 'kiosk.help.requests')).toMatchObject([{ value: 1 }])
    expect(latest(receiver, 'kiosk.out_of_order')).toMatchObject([{ value: 0 }])
    expect(latest(receiver, 'kiosk.config_error')).toMatchObject([{ value: 0 }])
    expect(latest(receiver, 'kiosk.uptime')[0]?.value).toBeGreaterThanOrEqual(5)
    // The catalogue the deploy/ examples are checked against is what really goes out.
    // (wipe failures and config errors are sent by the tests below that cause them.)
    const sent = new Set(metricPoints(receiver).map((point) => point.name))
    expect([...sent].sort()).toEqual(
      exportedMetrics
        .map((metric) => metric.name)
        .filter((name) => name !== 'kiosk.wipe.failures' && name !== 'kiosk.config.errors')
        .sort(),
    )
  })

  it('sends "Get staff help" as a log record at once, without waiting for the export interval', async () => {
    const k = kiosk({ exportIntervalSeconds: 3600 })
    k.audit.record('staff-action', { action: 'help-requested', outcome: 'noted' })
    await receiver.waitFor(() => logEvents(receiver).length > 0, 5000)
    expect(logEvents(receiver)).toEqual([
      {
        severityText: 'WARN',
        severityNumber: 'SEVERITY_NUMBER_WARN',
        body: 'A patient asked for staff help at the kiosk',
        attributes: { 'kiosk.alert': 'kiosk.help_requested' },
        resource: expect.objectContaining({ 'kiosk.id': 'lobby-1' }) as unknown,
      },
    ])
    // The OTLP 1.5 event_name field is in the bytes too (newer than the decoding protos).
    const raw = receiver.received.find((request) => request.path === '/v1/logs')?.raw
    expect(raw?.toString('latin1')).toContain('kiosk.help_requested')
    expect(receiver.received.some((request) => request.path === '/v1/metrics')).toBe(false)
  })

  it('a wipe that does not verify raises "out of order" at once, and the gauge shows it', async () => {
    const k = kiosk({ wipeVerifies: false })
    k.lifecycle.start('en')
    await k.lifecycle.end('patient-done')
    expect(k.lifecycle.phase()).toBe('out-of-order')
    await receiver.waitFor(() => logEvents(receiver).length > 0, 5000)
    expect(logEvents(receiver)[0]).toMatchObject({
      severityText: 'ERROR',
      attributes: { 'kiosk.alert': 'kiosk.out_of_order', 'kiosk.state': 'out-of-order' },
    })
    await k.runtime.flush()
    expect(latest(receiver, 'kiosk.out_of_order')).toMatchObject([{ value: 1 }])
    expect(latest(receiver, 'kiosk.wipe.failures')).toMatchObject([{ value: 1 }])
  })

  it('a configuration error raises an alert at once', async () => {
    const k = kiosk()
    k.audit.record('config-invalid', {
      source: 'user-data',
      path: '/x',
      sha256: null,
      problems: [],
    })
    await receiver.waitFor(() => logEvents(receiver).length > 0, 5000)
    expect(logEvents(receiver)[0]?.attributes).toEqual({
      'kiosk.alert': 'kiosk.config_error',
      'kiosk.state': 'config-error',
    })
    await k.runtime.flush()
    expect(latest(receiver, 'kiosk.config.errors')).toMatchObject([{ value: 1 }])
  })

  it('retries with back-off when the collector answers 503, then delivers', async () => {
    receiver.reply = (_path, attempt) => (attempt === 1 ? 503 : 200)
    const k = kiosk()
    k.lifecycle.start('en')
    await k.runtime.flush()
    expect(receiver.attempts.filter((path) => path === '/v1/metrics').length).toBe(2)
    expect(latest(receiver, 'kiosk.sessions.started')).toMatchObject([{ value: 1 }])
    expect(k.failures).toEqual([])
  }, 15_000)

  it('a collector that never answers does not delay a session', async () => {
    receiver.reply = () => 'hang'
    const k = kiosk()
    k.lifecycle.start('en')
    const flushing = k.runtime.flush() // an export is now waiting on the silent collector
    await receiver.waitFor(() => receiver.attempts.includes('/v1/metrics'))
    k.audit.record('staff-action', { action: 'help-requested', outcome: 'noted' })
    await k.lifecycle.end('patient-done') // resolves although the export has not
    k.lifecycle.start('es')
    expect(k.lifecycle.phase()).toBe('active')
    expect(receiver.received).toEqual([])
    receiver.reply = () => 200
    receiver.release() // the collector answers at last: the export completes on its own
    await flushing
  }, 20_000)

  it('a collector that is down is reported, but at most once an hour', async () => {
    receiver.reply = () => 400 // not retryable: fails at once
    const k = kiosk()
    k.lifecycle.start('en')
    await k.runtime.flush()
    k.lifecycle.recordActivity()
    await k.runtime.flush()
    await k.runtime.flush()
    expect(receiver.attempts.filter((path) => path === '/v1/metrics').length).toBe(3)
    expect(k.failures).toEqual([{ signal: 'metrics', failures: 1, error: 'OTLPExporterError' }])
  })

  it('keeps an alert the collector did not take, and sends it once the collector is back', async () => {
    receiver.reply = (path) => (path === '/v1/logs' ? 400 : 200) // away: refused at once
    const k = kiosk()
    k.audit.record('staff-action', { action: 'help-requested', outcome: 'noted' })
    await receiver.waitFor(() => receiver.attempts.includes('/v1/logs'), 5000)
    await k.runtime.flush() // tried again: still refused, still kept
    expect(logEvents(receiver)).toEqual([])
    receiver.reply = () => 200
    await k.runtime.flush()
    expect(logEvents(receiver).map((event) => event.attributes['kiosk.alert'])).toEqual([
      'kiosk.help_requested',
    ])
    expect(k.failures).toMatchObject([{ signal: 'logs' }])
  })

  it('exports counters as running totals, whatever the environment prefers', async () => {
    const before = process.env['OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE']
    process.env['OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE'] = 'delta'
    try {
      const k = kiosk()
      k.lifecycle.start('en')
      await k.lifecycle.end('patient-done')
      await k.runtime.flush()
      k.lifecycle.start('en')
      await k.runtime.flush()
      const sums = receiver.received
        .filter((request) => request.path === '/v1/metrics')
        .flatMap(
          (request) =>
            JSON.stringify(request.decoded).match(/"aggregationTemporality":"[A-Z_]+"/g) ?? [],
        )
      expect(new Set(sums)).toEqual(
        new Set(['"aggregationTemporality":"AGGREGATION_TEMPORALITY_CUMULATIVE"']),
      )
      // The second export carries the total (2), not the change since the first (1).
      expect(latest(receiver, 'kiosk.sessions.started')).toMatchObject([{ value: 2 }])
    } finally {
      if (before === undefined)
        delete process.env['OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE']
      else process.env['OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE'] = before
    }
  })
})
