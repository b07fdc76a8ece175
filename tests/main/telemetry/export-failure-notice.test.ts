// @vitest-environment node
import { describe, expect, it } from 'vitest'

import {
  createFailureNotice,
  FAILURE_NOTICE_EVERY_MS,
} from '../../../electron/main/telemetry/export-failure-notice'

describe('export failures are reported at most once an hour', () => {
  it('reports the first failure, then a count of those since, an hour later', () => {
    let now = 1_000_000
    const notices: unknown[] = []
    const notice = createFailureNotice(
      () => now,
      (n) => notices.push(n),
    )
    const error = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:4318'), {
      name: 'OTLPExporterError',
    })
    notice.failed('metrics', error)
    for (let minute = 1; minute < 60; minute += 1) {
      now += 60_000
      notice.failed(minute % 2 === 0 ? 'metrics' : 'logs', error)
    }
    expect(notices).toEqual([{ signal: 'metrics', failures: 1, error: 'OTLPExporterError' }])
    now = 1_000_000 + FAILURE_NOTICE_EVERY_MS
    notice.failed('logs', undefined)
    expect(notices).toEqual([
      { signal: 'metrics', failures: 1, error: 'OTLPExporterError' },
      { signal: 'logs', failures: 60, error: 'Error' },
    ])
  })
})
