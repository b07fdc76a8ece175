import { ExportResultCode, type ExportResult } from '@opentelemetry/core'

/** A collector that is down for a day must not fill the log: one notice per hour at most. */
export const FAILURE_NOTICE_EVERY_MS = 60 * 60 * 1000

export type TelemetrySignal = 'metrics' | 'logs'

export interface FailureNotice {
  /** An export gave up (after the exporter's own retries with back-off). */
  failed(signal: TelemetrySignal, error: Error | undefined): void
}

/**
 * Counts failed exports and reports them at most once per `everyMs`: the first failure at once,
 * then a summary with how many failed since. Only the error's name and the signal are reported
 * (an HTTP error's text can quote the collector's reply).
 */
export function createFailureNotice(
  now: () => number,
  report: (notice: { signal: TelemetrySignal; failures: number; error: string }) => void,
  everyMs = FAILURE_NOTICE_EVERY_MS,
): FailureNotice {
  let last = -Infinity
  let failures = 0
  return {
    failed(signal, error) {
      failures += 1
      if (now() - last < everyMs) return
      last = now()
      report({ signal, failures, error: error?.name ?? 'Error' })
      failures = 0
    },
  }
}

/** Anything with the exporters' `export(items, callback)`. */
interface Exporter<T> {
  export(items: T, resultCallback: (result: ExportResult) => void): void
}

/** Passes every export result through, telling the notice about failures. */
export function noticingFailures<T, E extends Exporter<T>>(
  exporter: E,
  signal: TelemetrySignal,
  notice: FailureNotice,
): E {
  const original = exporter.export.bind(exporter)
  exporter.export = (items, resultCallback) =>
    original(items, (result) => {
      if (result.code !== ExportResultCode.SUCCESS) notice.failed(signal, result.error)
      resultCallback(result)
    })
  return exporter
}
