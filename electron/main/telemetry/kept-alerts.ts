import { ExportResultCode, hrTimeToMilliseconds, type ExportResult } from '@opentelemetry/core'
import type { LogRecordExporter, ReadableLogRecord } from '@opentelemetry/sdk-logs'

/** How many failed alert records are kept for the next try, and for how long. */
export const KEPT_ALERT_LIMITS = {
  /** The newest are kept: a day-long outage must not grow memory without end. */
  maxKept: 256,
  /**
   * A help request re-sent later than this pages the desk for a patient long gone. The states
   * behind the other alerts (out of order, configuration error) are also exported as gauges, and
   * the alert rules page on those as long as they last, so nothing is lost by dropping them.
   */
  maxAgeMs: 30 * 60 * 1000,
} as const

export interface KeptAlertsExporter extends LogRecordExporter {
  /** Sends the kept records again (the runtime's timer and `flush()` call it). */
  resend(): Promise<void>
  /** How many records wait for the next try. */
  keptCount(): number
}

/**
 * Wraps the alert exporter so that records whose export failed (the collector away, a timeout
 * after the exporter's own retries) are kept in memory, bounded by count and age, and go out
 * again in front of the next batch or at the next `resend()`. The SDK's batch processor drops a
 * batch once its export fails; without this, a help request made while the collector restarts
 * never reaches anyone. Nothing is written to disk.
 */
export function keepingFailedAlerts(
  inner: LogRecordExporter,
  clock: () => number,
  limits: { readonly maxKept: number; readonly maxAgeMs: number } = KEPT_ALERT_LIMITS,
): KeptAlertsExporter {
  let kept: ReadableLogRecord[] = []
  const fresh = (records: readonly ReadableLogRecord[]): ReadableLogRecord[] =>
    records
      .filter((record) => clock() - hrTimeToMilliseconds(record.hrTime) <= limits.maxAgeMs)
      .slice(-limits.maxKept)

  const send = (records: ReadableLogRecord[], done: (result: ExportResult) => void): void => {
    const batch = fresh([...kept, ...records])
    kept = []
    if (batch.length === 0) {
      done({ code: ExportResultCode.SUCCESS })
      return
    }
    inner.export(batch, (result) => {
      // Records that came in meanwhile (kept by a concurrent failure) stay behind these.
      if (result.code !== ExportResultCode.SUCCESS) kept = fresh([...batch, ...kept])
      done(result)
    })
  }

  return {
    export: send,
    resend: () => new Promise<void>((resolve) => send([], () => resolve())),
    keptCount: () => kept.length,
    forceFlush: () => inner.forceFlush(),
    shutdown: () => inner.shutdown(),
  }
}
