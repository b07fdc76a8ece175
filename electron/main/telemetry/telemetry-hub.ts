import type { KioskConfig } from '../../../shared/config/kiosk-config'
import type { TelemetryConfig } from '../../../shared/config/telemetry-config'
import type { ConfigStore } from '../config/config-store'
import type { TelemetrySignals } from './audit-to-telemetry'
import type { TelemetryRuntime } from './otel-runtime'

export interface TelemetryHub {
  /** The running exporter's signals, or null while telemetry is off. */
  signals(): TelemetrySignals | null
  /** Starts, replaces or stops the exporter as the configuration changes. */
  follow(config: Pick<ConfigStore, 'current' | 'subscribe'>): () => void
  shutdown(): Promise<void>
}

/**
 * Keeps at most one telemetry runtime, matching the `telemetry` section of the configuration in
 * force: none without the section (the embedded default sends nothing). A configuration that
 * becomes invalid keeps the last valid section's exporter running, so the "config error" alert
 * can still reach IT; a kiosk that starts with an invalid file has no exporter and stays silent
 * (the fleet's "kiosk not reporting" rule covers it).
 */
export function createTelemetryHub(
  create: (settings: TelemetryConfig) => TelemetryRuntime,
): TelemetryHub {
  let runtime: TelemetryRuntime | null = null
  let key = 'null'
  const apply = (config: KioskConfig | null): void => {
    if (config === null) return
    const next = JSON.stringify(config.telemetry ?? null)
    if (next === key) return
    key = next
    const old = runtime
    runtime = config.telemetry === undefined ? null : create(config.telemetry)
    void old?.shutdown()
  }
  return {
    signals: () => runtime,
    follow(config) {
      apply(config.current())
      return config.subscribe(() => apply(config.current()))
    },
    async shutdown() {
      const old = runtime
      runtime = null
      key = 'null'
      await old?.shutdown()
    },
  }
}
