// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { exportedMetrics } from '../../../electron/main/telemetry/otel-runtime'
import { telemetryAttributeRules } from '../../../electron/main/telemetry/telemetry-attributes'

const deploy = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../deploy', path), 'utf8')

/**
 * The Prometheus names the Collector's prometheus exporter gives our metrics: dots become
 * underscores, the unit is spelled out as a suffix, counters end in `_total`, histograms have
 * `_bucket`/`_sum`/`_count` (OpenTelemetry → Prometheus compatibility rules).
 */
function prometheusNames(): Set<string> {
  const units: Record<string, string> = { ms: '_milliseconds', s: '_seconds' }
  const names = new Set<string>(['kiosk_alerts_total']) // from the Collector's count connector
  for (const metric of exportedMetrics) {
    const base = metric.name.replaceAll('.', '_') + ('unit' in metric ? units[metric.unit] : '')
    if (metric.kind === 'counter') names.add(`${base}_total`)
    else if (metric.kind === 'histogram')
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(base + suffix)
    else names.add(base)
  }
  return names
}

const labels = new Set([
  ...Object.keys(telemetryAttributeRules).map((name) => name.replaceAll('.', '_')),
  'kiosk_id', // resource attributes, as labels through resource_to_telemetry_conversion
  'kiosk_site',
  'le',
])

describe('deploy/: the fleet example queries only what the kiosk exports', () => {
  const sources = {
    'alert rules': deploy('prometheus/kiosk-alerts.rules.yaml'),
    dashboard: deploy('grafana/portal-kiosk-dashboard.json'),
  }

  it.each(Object.entries(sources))('every metric in the %s exists', (_name, text) => {
    const used = new Set(text.match(/\bkiosk_[a-z_]+(?=[{[(\s)])/g) ?? [])
    const metrics = [...used].filter((name) => !labels.has(name))
    expect(metrics.length).toBeGreaterThan(0)
    for (const metric of metrics) expect(prometheusNames(), metric).toContain(metric)
  })

  it.each(Object.entries(sources))(
    'every label in the %s is an allowlisted attribute',
    (_name, text) => {
      const used = text.match(/\b(?:by \(|\{)([a-z_, ]+)/g) ?? []
      const names = used
        .flatMap((group) => group.replace(/^by \(|^\{/, '').split(/[,\s]+/))
        .filter((name) => name.startsWith('kiosk_'))
      for (const name of names) expect(labels, name).toContain(name)
    },
  )

  it('the dashboard is valid JSON with its panels on a Prometheus data source', () => {
    const dashboard = JSON.parse(sources.dashboard) as {
      panels: { datasource: { type: string } }[]
    }
    expect(dashboard.panels.length).toBeGreaterThan(0)
    for (const panel of dashboard.panels) expect(panel.datasource.type).toBe('prometheus')
  })

  it('the Collector receives OTLP/HTTP and turns alerts into a counter by kiosk.alert', () => {
    const collector = deploy('collector/otelcol-config.yaml')
    expect(collector).toMatch(/http:\n\s+endpoint: 0\.0\.0\.0:4318/)
    expect(collector).toMatch(/count\/alerts:\n\s+logs:\n\s+kiosk\.alerts:/)
    expect(collector).toContain('- key: kiosk.alert')
  })

  it('the Collector turns the per-batch alert counts into running totals before Prometheus', () => {
    const collector = deploy('collector/otelcol-config.yaml')
    // The count connector emits deltas; the prometheus exporter does not add them up.
    expect(collector).toMatch(/\n {2}deltatocumulative:\n/)
    expect(collector).toMatch(
      /metrics\/alerts:\n\s+receivers: \[count\/alerts\]\n\s+processors: \[deltatocumulative, batch\]\n\s+exporters: \[prometheus\]/,
    )
  })
})
