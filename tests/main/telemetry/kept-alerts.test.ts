// @vitest-environment node
import { ExportResultCode, millisToHrTime, type ExportResult } from '@opentelemetry/core'
import type { LogRecordExporter, ReadableLogRecord } from '@opentelemetry/sdk-logs'
import { describe, expect, it } from 'vitest'

import { keepingFailedAlerts } from '../../../electron/main/telemetry/kept-alerts'

/** An exporter that answers as told and remembers what it was given. */
function fakeExporter() {
  const batches: string[][] = []
  let answer = ExportResultCode.FAILED
  const exporter: LogRecordExporter = {
    export(records, done: (result: ExportResult) => void) {
      batches.push(records.map((record) => String(record.body)))
      done({ code: answer })
    },
    forceFlush: () => Promise.resolve(),
    shutdown: () => Promise.resolve(),
  }
  return {
    exporter,
    batches,
    up: () => (answer = ExportResultCode.SUCCESS),
  }
}

const record = (body: string, atMs: number) =>
  ({ body, hrTime: millisToHrTime(atMs) }) as unknown as ReadableLogRecord

const exportOnce = (exporter: LogRecordExporter, records: ReadableLogRecord[]) =>
  new Promise<ExportResult>((resolve) => exporter.export(records, resolve))

describe('alert records whose export failed are kept and sent again', () => {
  it('sends a kept record in front of the next batch once the collector is back', async () => {
    const now = 1_000_000
    const fake = fakeExporter()
    const kept = keepingFailedAlerts(fake.exporter, () => now)
    expect((await exportOnce(kept, [record('help 1', now)])).code).toBe(ExportResultCode.FAILED)
    expect(kept.keptCount()).toBe(1)
    fake.up()
    await exportOnce(kept, [record('help 2', now)])
    expect(fake.batches).toEqual([['help 1'], ['help 1', 'help 2']])
    expect(kept.keptCount()).toBe(0)
  })

  it('resend() tries the kept records alone, and does nothing when none wait', async () => {
    const fake = fakeExporter()
    const kept = keepingFailedAlerts(fake.exporter, () => 0)
    await kept.resend()
    expect(fake.batches).toEqual([])
    await exportOnce(kept, [record('out of order', 0)])
    await kept.resend() // still down: kept again
    fake.up()
    await kept.resend()
    expect(fake.batches).toEqual([['out of order'], ['out of order'], ['out of order']])
    expect(kept.keptCount()).toBe(0)
  })

  it('keeps the newest records up to the limit, and none older than the age limit', async () => {
    let now = 0
    const fake = fakeExporter()
    const kept = keepingFailedAlerts(fake.exporter, () => now, { maxKept: 3, maxAgeMs: 1000 })
    await exportOnce(
      kept,
      ['a', 'b', 'c', 'd', 'e'].map((body) => record(body, 0)),
    )
    expect(kept.keptCount()).toBe(3)
    now = 500
    await exportOnce(kept, [record('f', 500)])
    expect(fake.batches.at(-1)).toEqual(['d', 'e', 'f'].slice(-3)) // c, d, e kept; then d, e, f
    now = 1400 // d and e are now older than a second; f is not
    fake.up()
    await kept.resend()
    expect(fake.batches.at(-1)).toEqual(['f'])
  })
})
