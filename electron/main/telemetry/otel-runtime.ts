import type { Counter, Histogram } from '@opentelemetry/api'
import { SeverityNumber } from '@opentelemetry/api-logs'
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto'
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto'
import { resourceFromAttributes } from '@opentelemetry/resources'
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs'
import {
  AggregationTemporality,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics'

import type { TelemetryConfig } from '../../../shared/config/telemetry-config'
import type { SessionState } from '../../../shared/session/session-state'
import type { AlertName, CounterName, TelemetrySignals } from './audit-to-telemetry'
import { noticingFailures, type FailureNotice } from './export-failure-notice'
import { keepingFailedAlerts } from './kept-alerts'
import { allowedAttributes } from './telemetry-attributes'

/** Bounds: what may wait in memory while the collector is unreachable. */
export const TELEMETRY_LIMITS = {
  /** Alerts queued for export; beyond this the oldest wait and new ones are dropped. */
  maxQueuedAlerts: 256,
  /** Distinct attribute sets per metric (blocked origins could otherwise grow without end). */
  cardinalityLimit: 200,
  /** One export request may take this long before it counts as failed (then retried). */
  exportTimeoutMs: 10_000,
  /** Export requests in flight at once. */
  concurrentExports: 2,
  /** How often alert records whose export failed are tried again. */
  resendAlertsEveryMs: 60_000,
} as const

export interface TelemetryRuntimeDeps {
  readonly config: TelemetryConfig
  readonly appVersion: string
  readonly phase: () => SessionState['phase']
  /** The configured portal ids: the only values `kiosk.portal` may take. */
  readonly portalIds: () => readonly string[]
  readonly clock: () => number
  readonly startedAt: number
  readonly notice: FailureNotice
}

export interface TelemetryRuntime extends TelemetrySignals {
  /** Sends what is buffered now (tests, and before a planned restart). */
  flush(): Promise<void>
  shutdown(): Promise<void>
}

const counterDescriptions: Record<CounterName, string> = {
  'kiosk.sessions.started': 'Patient sessions started, by language',
  'kiosk.sessions.ended': 'Patient sessions ended, by cause, portal, language and hand-off',
  'kiosk.sessions.timed_out': 'Sessions ended by the idle time-out, by portal and language',
  'kiosk.handoffs.completed': 'Sessions that reached the official portal page',
  'kiosk.wipe.failures': 'Wipes that did not verify (the kiosk locked out of order)',
  'kiosk.help.requests': '"Get staff help" taps',
  'kiosk.navigation.blocked': 'Blocked pages and frames, by origin only',
  'kiosk.config.errors': 'Configuration loads that failed (the kiosk locked)',
}

/** Every metric the kiosk exports, with its kind and unit (the deploy/ examples query these). */
export const exportedMetrics = [
  ...Object.keys(counterDescriptions).map((name) => ({ name, kind: 'counter' as const })),
  { name: 'kiosk.wipe.duration', kind: 'histogram' as const, unit: 'ms' },
  { name: 'kiosk.out_of_order', kind: 'gauge' as const },
  { name: 'kiosk.config_error', kind: 'gauge' as const },
  { name: 'kiosk.uptime', kind: 'gauge' as const, unit: 's' },
] as const

const alertSeverity: Record<AlertName, SeverityNumber> = {
  'kiosk.help_requested': SeverityNumber.WARN,
  'kiosk.out_of_order': SeverityNumber.ERROR,
  'kiosk.config_error': SeverityNumber.ERROR,
}

const alertBody: Record<AlertName, string> = {
  'kiosk.help_requested': 'A patient asked for staff help at the kiosk',
  'kiosk.out_of_order': 'The kiosk could not verify a wipe and is out of order',
  'kiosk.config_error': 'The kiosk configuration is invalid; the kiosk is locked',
}

/**
 * The official OpenTelemetry SDK, set up for one kiosk: metrics read every
 * `exportIntervalSeconds`, alerts as log records flushed at once, both over OTLP/HTTP
 * (protobuf) with the exporters' own retries and back-off (429/502/503/504, up to five tries).
 * Nothing here is awaited by a patient's session.
 */
export function createTelemetryRuntime(deps: TelemetryRuntimeDeps): TelemetryRuntime {
  const { config } = deps
  const known = () => ({ portalIds: deps.portalIds() })
  const base = config.endpoint.replace(/\/+$/, '')
  const transport = {
    headers: { ...config.headers },
    timeoutMillis: TELEMETRY_LIMITS.exportTimeoutMs,
    concurrencyLimit: TELEMETRY_LIMITS.concurrentExports,
  }
  const resource = resourceFromAttributes({
    'service.name': 'portal-kiosk',
    'service.version': deps.appVersion,
    'service.instance.id': config.kioskId,
    'kiosk.id': config.kioskId,
    'kiosk.site': config.site,
  })

  const metricExporter = noticingFailures(
    new OTLPMetricExporter({
      ...transport,
      url: `${base}/v1/metrics`,
      // Running totals, as Prometheus counters are: the Collector's prometheus exporter passes
      // them through, and increase() works across restarts. Pinned, because the exporter would
      // otherwise take OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE from the environment.
      temporalityPreference: AggregationTemporality.CUMULATIVE,
    }),
    'metrics',
    deps.notice,
  )
  const meterProvider = new MeterProvider({
    resource,
    views: [
      { instrumentName: '*', aggregationCardinalityLimit: TELEMETRY_LIMITS.cardinalityLimit },
    ],
    readers: [
      new PeriodicExportingMetricReader({
        exporter: metricExporter,
        exportIntervalMillis: config.exportIntervalSeconds * 1000,
        exportTimeoutMillis: TELEMETRY_LIMITS.exportTimeoutMs,
      }),
    ],
  })
  const meter = meterProvider.getMeter('portal-kiosk', deps.appVersion)
  const counters = new Map<CounterName, Counter>()
  for (const [name, description] of Object.entries(counterDescriptions))
    counters.set(name as CounterName, meter.createCounter(name, { description }))
  const wipeDuration: Histogram = meter.createHistogram('kiosk.wipe.duration', {
    description: 'Wipe plus verification time between patients',
    unit: 'ms',
    advice: { explicitBucketBoundaries: [50, 100, 250, 500, 1000, 2500, 5000, 10000] },
  })
  // Current state as 0/1 gauges: an alert rule can fire on "still locked", not only on the event.
  meter
    .createObservableGauge('kiosk.out_of_order', {
      description: '1 while the kiosk is out of order',
    })
    .addCallback((result) => result.observe(deps.phase() === 'out-of-order' ? 1 : 0))
  meter
    .createObservableGauge('kiosk.config_error', {
      description: '1 while the kiosk is locked by a configuration problem',
    })
    .addCallback((result) => result.observe(deps.phase() === 'config-error' ? 1 : 0))
  // Restarts show as the uptime falling back (PromQL: resets(kiosk_uptime_seconds[1d])).
  meter
    .createObservableGauge('kiosk.uptime', {
      description: 'Seconds since the app started',
      unit: 's',
    })
    .addCallback((result) => result.observe(Math.round((deps.clock() - deps.startedAt) / 1000)))

  // Alerts whose export failed are kept (bounded) and sent again; failures are still noticed.
  const logExporter = keepingFailedAlerts(
    noticingFailures(
      new OTLPLogExporter({ ...transport, url: `${base}/v1/logs` }),
      'logs',
      deps.notice,
    ),
    deps.clock,
  )
  const resendTimer = setInterval(() => {
    if (logExporter.keptCount() > 0) void logExporter.resend()
  }, TELEMETRY_LIMITS.resendAlertsEveryMs)
  // Never keeps the app alive on its own (quit and restart are decided elsewhere).
  resendTimer.unref()
  const loggerProvider = new LoggerProvider({
    resource,
    processors: [
      new BatchLogRecordProcessor({
        exporter: logExporter,
        maxQueueSize: TELEMETRY_LIMITS.maxQueuedAlerts,
        maxExportBatchSize: 64,
        scheduledDelayMillis: 1000,
        exportTimeoutMillis: TELEMETRY_LIMITS.exportTimeoutMs,
      }),
    ],
  })
  const logger = loggerProvider.getLogger('portal-kiosk', deps.appVersion)

  return {
    count(name, attributes = {}) {
      counters.get(name)?.add(1, allowedAttributes(attributes, known()))
    },
    wipeDuration(ms, attributes) {
      wipeDuration.record(Math.max(0, ms), allowedAttributes(attributes, known()))
    },
    alert(name, attributes = {}) {
      logger.emit({
        eventName: name,
        severityNumber: alertSeverity[name],
        severityText: SeverityNumber[alertSeverity[name]],
        body: alertBody[name],
        attributes: allowedAttributes({ ...attributes, 'kiosk.alert': name }, known()),
      })
      // At once, not at the next batch: someone may need to walk to the kiosk. Not awaited.
      void loggerProvider.forceFlush().catch(() => undefined)
    },
    async flush() {
      await Promise.allSettled([
        meterProvider.forceFlush(),
        loggerProvider.forceFlush().then(() => logExporter.resend()),
      ])
    },
    async shutdown() {
      clearInterval(resendTimer)
      // Kept alerts get one last try (the quit waits for this only so long).
      await Promise.allSettled([
        meterProvider.shutdown(),
        logExporter.resend().then(() => loggerProvider.shutdown()),
      ])
    },
  }
}
