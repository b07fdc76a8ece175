import type { InputEvent, WebContents } from 'electron'

/** At most one activity report per this many ms: enough for a 90 s idle timer, cheap on IPC. */
export const INPUT_ACTIVITY_THROTTLE_MS = 1000

/**
 * Input types that are not the patient doing something: Chromium synthesises mouseEnter and
 * mouseLeave when a view is shown or hidden under a resting pointer (our own setVisible calls).
 */
const NOT_THE_PATIENT = new Set<InputEvent['type']>(['mouseEnter', 'mouseLeave'])

/**
 * Patient activity in the portal page. `before-input-event` fires for keyboard events only
 * (Electron's PreHandleKeyboardEvent, shell/browser/api/electron_api_web_contents.cc), so a
 * patient tapping and scrolling through the official form would look idle and be wiped
 * mid-task. `input-event` (Electron ≥ 20, docs/api/web-contents.md) carries every input type:
 * touch, gesture scroll, wheel, mouse and keys. Reports are throttled (leading edge) so a
 * scroll's dozens of events per second become one message to the session machine.
 */
export function watchInputActivity(
  contents: Pick<WebContents, 'on'>,
  onActivity: () => void,
  clock: () => number,
  throttleMs = INPUT_ACTIVITY_THROTTLE_MS,
): void {
  let last = Number.NEGATIVE_INFINITY
  contents.on('input-event', (_event, input) => {
    if (NOT_THE_PATIENT.has(input.type)) return
    const now = clock()
    if (now - last < throttleMs) return
    last = now
    onActivity()
  })
}

/** `onActivity` at most once per `throttleMs` (leading edge), for reports from the frames. */
export function throttledActivity(
  onActivity: () => void,
  clock: () => number,
  throttleMs = INPUT_ACTIVITY_THROTTLE_MS,
): () => void {
  let last = Number.NEGATIVE_INFINITY
  return () => {
    const now = clock()
    if (now - last < throttleMs) return
    last = now
    onActivity()
  }
}
