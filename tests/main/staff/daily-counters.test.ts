// @vitest-environment node
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createDailyCounters, localDate } from '../../../electron/main/staff/daily-counters'
import type { SessionSummary } from '../../../electron/main/session/session-controller'
import { useTempDirs } from '../config/temp-dir'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const tempDir = useTempDirs()
const fs = { readFileSync, writeFileSync, renameSync }

const summary = (overrides: Partial<SessionSummary> = {}): SessionSummary => ({
  cause: 'patient-done',
  language: 'en',
  portalId: 'mayo-clinic',
  handedOff: true,
  durationMs: 120_000,
  ...overrides,
})

function setup(dir = tempDir(), at = new Date(2025, 4, 12, 10, 30)) {
  const clock = { at }
  const audit = createRecordingAuditLog()
  const counters = createDailyCounters({ fs, dir, audit, now: () => clock.at })
  return { counters, clock, dir, audit }
}

describe("today's anonymous counters", () => {
  it('counts sessions, hand-offs, time-outs, portals and languages', () => {
    const { counters } = setup()
    counters.record(summary())
    counters.record(summary({ language: 'es', portalId: 'mayo-clinic-health-system' }))
    counters.record(
      summary({ cause: 'idle-timeout', handedOff: false, portalId: null, language: 'es' }),
    )
    expect(counters.today()).toEqual({
      date: '2025-05-12',
      sessions: 3,
      completedHandOffs: 2,
      timeouts: 1,
      finishedOnOwnPhone: 0,
      byPortal: { 'mayo-clinic': 1, 'mayo-clinic-health-system': 1 },
      byLanguage: { en: 1, es: 2 },
    })
  })

  it('counts patients who chose to finish on their own phone', () => {
    const { counters } = setup()
    counters.record(summary({ cause: 'own-phone', handedOff: false }))
    counters.record(summary())
    expect(counters.today()).toMatchObject({ sessions: 2, finishedOnOwnPhone: 1 })
  })

  it('reads an older day file without the own-phone count as 0', () => {
    const dir = tempDir()
    const older = { date: '2025-05-12', sessions: 4, completedHandOffs: 1, timeouts: 0 }
    writeFileSync(
      join(dir, 'counts-2025-05-12.json'),
      JSON.stringify({ ...older, byPortal: {}, byLanguage: {} }),
    )
    const { counters } = setup(dir)
    expect(counters.today()).toMatchObject({ sessions: 4, finishedOnOwnPhone: 0 })
  })

  it('ignores a reset of a kiosk nobody was using', () => {
    const { counters } = setup()
    counters.record(
      summary({ cause: 'staff-reset', language: null, portalId: null, handedOff: false }),
    )
    expect(counters.today().sessions).toBe(0)
  })

  it('persists per day in the user-data folder and survives a restart', () => {
    const first = setup()
    first.counters.record(summary())
    const restarted = setup(first.dir)
    restarted.counters.record(summary({ language: 'es' }))
    expect(restarted.counters.today()).toMatchObject({ sessions: 2, byLanguage: { en: 1, es: 1 } })
    expect(readdirSync(first.dir)).toEqual(['counts-2025-05-12.json'])
  })

  it('starts from zero on a new day and keeps the old file', () => {
    const { counters, clock, dir } = setup()
    counters.record(summary())
    clock.at = new Date(2025, 4, 13, 0, 0, 1)
    expect(counters.today()).toMatchObject({ date: '2025-05-13', sessions: 0 })
    counters.record(summary())
    expect(readdirSync(dir).sort()).toEqual(['counts-2025-05-12.json', 'counts-2025-05-13.json'])
  })

  it('stores only counts: no field that could hold personal data', () => {
    const { counters, dir } = setup()
    counters.record(summary({ durationMs: 987_654 }))
    const stored = JSON.parse(readFileSync(join(dir, 'counts-2025-05-12.json'), 'utf8')) as object
    expect(Object.keys(stored).sort()).toEqual([
      'byLanguage',
      'byPortal',
      'completedHandOffs',
      'date',
      'finishedOnOwnPhone',
      'sessions',
      'timeouts',
    ])
    expect(JSON.stringify(stored)).not.toContain('987654')
  })

  it('starts again from zero, and logs it, when the day file is damaged', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'counts-2025-05-12.json'), '{"sessions": "many", "name": "Jane"}')
    const { counters, audit } = setup(dir)
    expect(counters.today().sessions).toBe(0)
    expect(audit.events).toContainEqual({
      event: 'state-file-problem',
      fields: { file: 'counts-2025-05-12.json', problem: 'damaged' },
    })
  })

  it('uses the local calendar day', () => {
    expect(localDate(new Date(2025, 0, 2, 23, 59))).toBe('2025-01-02')
  })
})
