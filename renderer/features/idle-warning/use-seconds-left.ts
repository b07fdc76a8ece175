import { useEffect, useState } from 'react'

/** Whole seconds until `endsAt` (epoch ms), updated a few times a second so it never lags. */
export function useSecondsLeft(endsAt: number, now: () => number = Date.now): number {
  const compute = () => Math.max(0, Math.ceil((endsAt - now()) / 1000))
  const [seconds, setSeconds] = useState(compute)
  useEffect(() => {
    const update = () => setSeconds(Math.max(0, Math.ceil((endsAt - now()) / 1000)))
    update()
    const timer = setInterval(update, 250)
    return () => clearInterval(timer)
  }, [endsAt, now])
  return seconds
}

/**
 * Moments worth saying out loud. Announcing every second would drown a screen reader; these
 * give a rhythm that speeds up as the end nears.
 */
const ANNOUNCE_AT = [60, 45, 30, 20, 10, 5] as const

/** The latest announcement point reached so far, or null before the first one. */
export function announcementFor(secondsLeft: number, startedWith: number): number | null {
  for (const mark of [...ANNOUNCE_AT].reverse()) {
    if (secondsLeft <= mark && mark < startedWith) return mark
  }
  return null
}
