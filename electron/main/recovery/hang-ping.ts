import type { WebContents } from 'electron'

/** How often the portal page is asked to answer. */
export const PING_INTERVAL_MS = 5_000
/** How long a page may take to answer before it counts as hung (the same grace as `unresponsive`). */
export const PING_TIMEOUT_MS = 10_000

type Timers = { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void }

export type PingedContents = Pick<WebContents, 'mainFrame' | 'isDestroyed' | 'once'>

/**
 * A hang watchdog that does not depend on the page being visible. Electron emits
 * `unresponsive` only while the contents are visible (lib/browser/api/web-contents.ts), and the
 * portal is hidden exactly when a hang hurts most: behind the idle warning, or during a wipe. So
 * the page's main frame is asked to evaluate a constant every few seconds
 * (`WebFrameMain.executeJavaScript` resolves on the renderer's reply,
 * shell/browser/api/electron_api_web_frame_main.cc); no answer within the grace means the
 * renderer is stuck. A rejection (the frame was replaced by a navigation) is an answer: only
 * silence counts. Returns a stop function; stops by itself when the contents are destroyed.
 */
export function pingRenderer(
  contents: PingedContents,
  onHung: () => void,
  timers: Timers,
  intervalMs = PING_INTERVAL_MS,
  timeoutMs = PING_TIMEOUT_MS,
): () => void {
  let stopped = false
  let next: unknown = null
  let deadline: unknown = null
  const stop = (): void => {
    stopped = true
    if (next !== null) timers.clear(next)
    if (deadline !== null) timers.clear(deadline)
    next = null
    deadline = null
  }
  const ping = (): void => {
    next = null
    if (stopped || contents.isDestroyed()) return
    let answered = false
    deadline = timers.set(() => {
      deadline = null
      if (answered || stopped) return
      stop()
      onHung()
    }, timeoutMs)
    const settle = (): void => {
      if (answered || stopped) return
      answered = true
      if (deadline !== null) timers.clear(deadline)
      deadline = null
      next = timers.set(ping, intervalMs)
    }
    try {
      contents.mainFrame.executeJavaScript('0').then(settle, settle)
    } catch {
      settle() // a frame being torn down throws at once: not a hang
    }
  }
  contents.once('destroyed', stop)
  next = timers.set(ping, intervalMs)
  return stop
}
