import type { SessionTimers } from '../../../shared/session/session-runner'
import type { SessionState } from '../../../shared/session/session-state'

/** How often the kiosk looks at the clock (a restart may come up to this late). */
export const DAILY_RESTART_CHECK_MS = 60_000

export interface DailyRestartDeps {
  /**
   * The configured `dailyRestartHour` (0–23, local time; the schema makes it 3 when absent),
   * null when the clinic opted out, undefined while no configuration is loaded. Read at every
   * check, so a reloaded configuration applies.
   */
  readonly hour: () => number | null | undefined
  /** The session phase now: the kiosk restarts only between patients. */
  readonly phase: () => SessionState['phase']
  /** Local time now. */
  readonly now: () => Date
  /** When this process started. */
  readonly startedAt: Date
  readonly timers: SessionTimers
  /** Relaunches the app (index.ts: audit, then app.relaunch() + app.quit()). */
  readonly restart: () => void
  readonly checkEveryMs?: number
}

/** The latest moment at or before `now` when the local clock showed `hour`:00. */
export function latestRestartTime(now: Date, hour: number): Date {
  const at = new Date(now)
  at.setHours(hour, 0, 0, 0)
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1)
  return at
}

/**
 * True when this process has been running since before the latest `hour`:00. A kiosk started
 * after it (such as the one the restart just launched) waits for the next day's, so a restart
 * can never loop; one that was busy with a patient at that hour restarts at the next quiet
 * moment instead of skipping the day.
 */
export function isRestartDue(startedAt: Date, now: Date, hour: number): boolean {
  return startedAt.getTime() < latestRestartTime(now, hour).getTime()
}

/**
 * The configuration's daily restart: once a day, at the configured hour or as soon after it as
 * no patient is using the kiosk (phase `attract`), the app relaunches — a fresh main process and
 * renderer for the day. Never during a session, a wipe, an out-of-order lock (staff must see
 * it) or a configuration problem. Returns a function that stops the checks.
 */
export function scheduleDailyRestart(deps: DailyRestartDeps): () => void {
  const every = deps.checkEveryMs ?? DAILY_RESTART_CHECK_MS
  let handle: unknown = null
  let stopped = false
  const check = (): void => {
    if (stopped) return
    const hour = deps.hour()
    if (
      hour !== undefined &&
      hour !== null &&
      deps.phase() === 'attract' &&
      isRestartDue(deps.startedAt, deps.now(), hour)
    ) {
      stopped = true
      deps.restart()
      return
    }
    handle = deps.timers.set(check, every)
  }
  handle = deps.timers.set(check, every)
  return () => {
    stopped = true
    deps.timers.clear(handle)
  }
}
