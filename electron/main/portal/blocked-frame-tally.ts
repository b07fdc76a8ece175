/** One origin's blocked sub-frames today (origins only: never a path, query or person). */
export interface BlockedFrameCount {
  readonly origin: string
  readonly count: number
}

/** Distinct origins kept per day; the rest are counted under "other" (bounded memory). */
export const MAX_BLOCKED_ORIGINS = 30
const OTHER = 'other'

export interface BlockedFrameTally {
  record(origin: string): void
  /** Today's counts, most blocked first. */
  today(): readonly BlockedFrameCount[]
}

/**
 * Sub-frames of the official page that the kiosk blocked today, by origin, for the staff panel
 * ("blocked parts of pages today"), so IT can decide which belong in `allowedFrameOrigins`. In
 * memory only: the kiosk restarts daily, and the audit log keeps every event.
 */
export function createBlockedFrameTally(now: () => Date): BlockedFrameTally {
  let day = dayOf(now())
  const counts = new Map<string, number>()
  const rollOver = (): void => {
    const current = dayOf(now())
    if (current === day) return
    day = current
    counts.clear()
  }
  return {
    record(origin) {
      rollOver()
      const key = counts.has(origin) || counts.size < MAX_BLOCKED_ORIGINS ? origin : OTHER
      counts.set(key, (counts.get(key) ?? 0) + 1)
    },
    today() {
      rollOver()
      return [...counts.entries()]
        .map(([origin, count]) => ({ origin, count }))
        .sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin))
    },
  }
}

/** Local calendar day, like the staff panel's other daily counts. */
function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}
