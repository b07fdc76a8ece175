// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { withErrorTally } from '../../../electron/main/staff/error-tally'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

describe('errors since start', () => {
  it('counts error events, keeps the last five names, and passes every event on', () => {
    const inner = createRecordingAuditLog()
    let time = 0
    const audit = withErrorTally(inner, () => (time += 1))
    audit.record('app-start', { version: '1', runtime: 'electron' })
    audit.record('ipc-handler-failed', { channel: 'kiosk:get-info', errorName: 'TypeError' })
    for (let index = 0; index < 6; index += 1)
      audit.record('config-invalid', {
        source: 'user-data',
        path: null,
        sha256: null,
        problems: [],
      })
    audit.record('staff-unlock-attempt', { result: 'wrong-pin', failures: 1 })
    expect(inner.events).toHaveLength(9)
    const tally = audit.tally()
    expect(tally.count).toBe(7)
    expect(tally.recent).toHaveLength(5)
    // The clock is read for error events only: the newest is the seventh.
    expect(tally.recent[0]).toEqual({ event: 'config-invalid', at: 7 })
  })
})
