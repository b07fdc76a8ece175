import { defaultConfig } from '../../../shared/config/default-config'
import type { SessionView } from '../../../shared/ipc/session-channels'
import { createSessionRunner, realTimers } from '../../../shared/session/session-runner'
import {
  MIN_WARNING_SECONDS,
  type SessionEndCause,
  type SessionTiming,
} from '../../../shared/session/session-state'
import { toSessionView } from '../../../shared/session/session-view'

/**
 * The preview's stand-in for main's session lifecycle: the SAME shared state machine, with the
 * page's real timers, so the preview has the idle warning, "more time" and the time-out. Its wipe
 * closes the preview portal, waits for the UI to report the remounted empty tree, then clears the
 * call log and checks both are empty — the same shape as main's verified wipe.
 */
export interface PreviewSession {
  view(): SessionView
  start(): SessionView
  recordActivity(): void
  requestMoreTime(): SessionView
  /** Staff help: the assisted timings, until the session ends (the machine resets it). */
  setAssistedMode(on: boolean): void
  end(cause: SessionEndCause): Promise<SessionView>
  confirmUiReset(generation: number): void
  subscribe(listener: (view: SessionView) => void): () => void
}

export interface PreviewWipeTargets {
  closePortal(): void
  isPortalClosed(): boolean
  clearCallLog(): void
  isCallLogEmpty(): boolean
}

/** How long the preview waits for the UI's empty report before locking out-of-order. */
const UI_RESET_TIMEOUT_MS = 5_000

export function createPreviewSession(
  targets: PreviewWipeTargets,
  timing: SessionTiming = previewTiming(typeof location === 'undefined' ? '' : location.search),
): PreviewSession {
  let pendingReset: { generation: number; resolve: (ok: boolean) => void } | null = null
  let confirmedGeneration = -1

  const waitForUiReset = (generation: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (confirmedGeneration === generation) return resolve(true)
      const timer = setTimeout(() => resolve(false), UI_RESET_TIMEOUT_MS)
      pendingReset = {
        generation,
        resolve: (ok) => {
          clearTimeout(timer)
          resolve(ok)
        },
      }
    })

  const runner = createSessionRunner({
    clock: () => Date.now(),
    timers: realTimers,
    timing: () => timing,
    wipe: async ({ generation }) => {
      targets.closePortal()
      const uiEmpty = await waitForUiReset(generation)
      targets.clearCallLog()
      return uiEmpty && targets.isPortalClosed() && targets.isCallLogEmpty()
    },
  })
  const view = (): SessionView => toSessionView(runner.state(), timing)

  return {
    view,
    start() {
      runner.send({ type: 'start' })
      return view()
    },
    recordActivity: () => void runner.send({ type: 'activity', source: 'ui' }),
    requestMoreTime() {
      runner.send({ type: 'more-time' })
      return view()
    },
    setAssistedMode: (on) => void runner.send({ type: 'set-assisted', on }),
    async end(cause) {
      runner.send({ type: 'end', cause })
      await runner.settled()
      return view()
    },
    confirmUiReset(generation) {
      confirmedGeneration = generation
      if (pendingReset?.generation === generation) {
        pendingReset.resolve(true)
        pendingReset = null
      }
    },
    subscribe: (listener) => runner.subscribe(() => listener(view())),
  }
}

/**
 * `?done=<s>` shortens the done screen's countdown for demos and e2e (3–120 s; the kiosk's own
 * configuration keeps it at 10 s or more).
 */
export function withPreviewDoneSeconds<T extends { readonly timing: { doneSeconds: number } }>(
  config: T,
  search: string,
): T {
  const raw = new URLSearchParams(search).get('done')
  if (raw === null || !/^\d{1,3}$/.test(raw)) return config
  const doneSeconds = Math.min(120, Math.max(3, Number(raw)))
  return { ...config, timing: { ...config.timing, doneSeconds } }
}

/**
 * The configured timing, with `?idle=<s>&warning=<s>` overrides for demos and e2e. Parsed
 * defensively: whole numbers only, idle 1–900 s, warning never under WCAG's 20 s.
 */
export function previewTiming(search: string, base: SessionTiming = defaultConfig.timing) {
  const params = new URLSearchParams(search)
  const seconds = (name: string, min: number, max: number): number | null => {
    const raw = params.get(name)
    if (raw === null || !/^\d{1,4}$/.test(raw)) return null
    return Math.min(max, Math.max(min, Number(raw)))
  }
  return {
    ...base,
    idleSeconds: seconds('idle', 1, 900) ?? base.idleSeconds,
    warningSeconds: seconds('warning', MIN_WARNING_SECONDS, 300) ?? base.warningSeconds,
  }
}
