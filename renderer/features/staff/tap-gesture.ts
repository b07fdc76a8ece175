/** Five taps within three seconds: hard to trigger by accident, easy for staff who know. */
export const STAFF_TAPS = 5
export const STAFF_TAP_WINDOW_MS = 3_000

/** Counts taps; `tap()` answers true on the tap that completes the gesture. */
export function createTapCounter(
  now: () => number = Date.now,
  taps = STAFF_TAPS,
  windowMs = STAFF_TAP_WINDOW_MS,
): { tap(): boolean } {
  let times: number[] = []
  return {
    tap() {
      const time = now()
      times = [...times.filter((earlier) => time - earlier < windowMs), time]
      if (times.length < taps) return false
      times = []
      return true
    },
  }
}

/** The key chord for staff with a keyboard: Ctrl+Alt+Shift+K (Ctrl+S is swallowed by main). */
export function isStaffChord(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'code'>,
): boolean {
  return event.ctrlKey && event.altKey && event.shiftKey && !event.metaKey && event.code === 'KeyK'
}
