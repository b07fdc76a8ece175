// @vitest-environment node
import { describe, expect, it } from 'vitest'

import {
  DAILY_RESTART_CHECK_MS,
  isRestartDue,
  latestRestartTime,
  scheduleDailyRestart,
} from '../../../electron/main/session/daily-restart'
import type { SessionState } from '../../../shared/session/session-state'

/** Local time (the restart hour is local, like the clinic's clock). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute)

describe('latestRestartTime', () => {
  it.each([
    [at(2, 3, 0), 3, at(2, 3, 0)],
    [at(2, 3, 59), 3, at(2, 3, 0)],
    [at(2, 2, 59), 3, at(1, 3, 0)],
    [at(2, 23, 30), 0, at(2, 0, 0)],
    [at(1, 0, 10), 23, at(0, 23, 0)],
  ])('at %s for hour %s → %s', (now, hour, expected) => {
    expect(latestRestartTime(now, hour).getTime()).toBe(expected.getTime())
  })
})

describe('isRestartDue', () => {
  it.each([
    ['started the day before, now past the hour', at(1, 9), at(2, 3, 1), 3, true],
    ['started the day before, not yet the hour', at(1, 9), at(2, 2, 59), 3, false],
    ['started just after today’s hour (the relaunched kiosk)', at(2, 3, 0), at(2, 3, 5), 3, false],
    ['the relaunched kiosk, the next day', at(2, 3, 1), at(3, 3, 0), 3, true],
    ['busy at the hour, quiet later that morning', at(1, 12), at(2, 7, 40), 3, true],
    ['started in the evening, hour 23 that night', at(2, 20), at(2, 23, 0), 23, true],
  ])('%s', (_, startedAt, now, hour, due) => {
    expect(isRestartDue(startedAt, now, hour)).toBe(due)
  })
})

/** Timers driven by hand: `tick()` runs what is due, like one minute passing. */
function harness(options: {
  hour?: number | null
  phase?: SessionState['phase']
  startedAt?: Date
}) {
  let now = at(2, 2, 58)
  let phase: SessionState['phase'] = options.phase ?? 'attract'
  let hour = 'hour' in options ? options.hour : 3
  const pending = new Map<number, { callback: () => void; delayMs: number }>()
  let next = 0
  const restarts: Date[] = []
  const stop = scheduleDailyRestart({
    hour: () => hour,
    phase: () => phase,
    now: () => now,
    startedAt: options.startedAt ?? at(1, 8),
    timers: {
      set: (callback, delayMs) => {
        next += 1
        pending.set(next, { callback, delayMs })
        return next
      },
      clear: (handle) => pending.delete(handle as number),
    },
    restart: () => restarts.push(now),
  })
  return {
    restarts,
    pending,
    stop,
    setPhase: (value: SessionState['phase']) => (phase = value),
    setHour: (value: number | null | undefined) => (hour = value),
    /** One check: the clock moves by the check interval and the due timer fires. */
    tick() {
      now = new Date(now.getTime() + DAILY_RESTART_CHECK_MS)
      const due = [...pending.entries()]
      pending.clear()
      for (const [, timer] of due) timer.callback()
    },
  }
}

describe('scheduleDailyRestart', () => {
  it('restarts once, at the configured hour, between patients', () => {
    const kiosk = harness({ hour: 3 })
    kiosk.tick() // 02:59
    expect(kiosk.restarts).toEqual([])
    kiosk.tick() // 03:00
    expect(kiosk.restarts).toEqual([at(2, 3, 0)])
    expect(kiosk.pending.size).toBe(0)
  })

  it('waits for the patient to finish, then restarts', () => {
    const kiosk = harness({ hour: 3, phase: 'active' })
    for (let minute = 0; minute < 10; minute += 1) kiosk.tick()
    expect(kiosk.restarts).toEqual([])
    kiosk.setPhase('wiping')
    kiosk.tick()
    expect(kiosk.restarts).toEqual([])
    kiosk.setPhase('attract')
    kiosk.tick()
    expect(kiosk.restarts).toEqual([at(2, 3, 10)])
  })

  it.each(['warning', 'out-of-order', 'config-error'] as const)('never restarts in %s', (phase) => {
    const kiosk = harness({ hour: 3, phase })
    for (let minute = 0; minute < 5; minute += 1) kiosk.tick()
    expect(kiosk.restarts).toEqual([])
  })

  it('does nothing without a configured hour, and follows a reloaded configuration', () => {
    const kiosk = harness({ hour: undefined })
    for (let minute = 0; minute < 5; minute += 1) kiosk.tick()
    expect(kiosk.restarts).toEqual([])
    kiosk.setHour(3)
    kiosk.tick()
    expect(kiosk.restarts).toHaveLength(1)
  })

  it('does nothing when the clinic opted out with null', () => {
    const kiosk = harness({ hour: null })
    for (let minute = 0; minute < 60 * 24; minute += 1) kiosk.tick()
    expect(kiosk.restarts).toEqual([])
  })

  it('does not restart a kiosk that started after today’s hour', () => {
    const kiosk = harness({ hour: 3, startedAt: at(2, 3, 0) })
    for (let minute = 0; minute < 5; minute += 1) kiosk.tick()
    expect(kiosk.restarts).toEqual([])
  })

  it('stops checking when stopped', () => {
    const kiosk = harness({ hour: 3 })
    kiosk.stop()
    expect(kiosk.pending.size).toBe(0)
    kiosk.tick()
    kiosk.tick()
    expect(kiosk.restarts).toEqual([])
  })
})
