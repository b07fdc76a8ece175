import type { LanguageCode } from '../../../shared/languages'
import type { SessionEndReason, SessionView } from '../../../shared/ipc/session-channels'

/** Every way a patient's session can end. All of them go through the same verified wipe. */
export type SessionEndCause =
  | SessionEndReason // asked for by the patient in the UI
  | 'idle-timeout'
  | 'staff-reset'
  | 'ui-crashed'
  | 'ui-unresponsive'
  | 'portal-crashed'
  | 'portal-abandoned'

/** What the rest of main learns when a session ends (anonymous: for counters and the log). */
export interface SessionSummary {
  readonly cause: SessionEndCause
  readonly language: LanguageCode | null
  readonly portalId: string | null
  readonly handedOff: boolean
  readonly durationMs: number
}

/**
 * Owns the patient session as the UI sees it and tells listeners about every change.
 * Staff mode and counters use `end('staff-reset')`, `setAssistedMode` and `onSessionEnded`.
 */
export interface SessionController {
  view(): SessionView
  start(language: LanguageCode): SessionView
  recordActivity(): void
  end(cause: SessionEndCause): Promise<SessionView>
  /** Longer time-outs while staff help this patient; ends with the session. */
  setAssistedMode(on: boolean): void
  subscribe(listener: (view: SessionView) => void): () => void
  onSessionEnded(listener: (summary: SessionSummary) => void): () => void
}

/**
 * The foundation's minimal lifecycle (attract → active → attract, one generation per patient).
 * The idle warning, the verified wipe and out-of-order replace it with the session state
 * machine; the interface above stays.
 */
export function createSessionController(now: () => number = Date.now): SessionController {
  let current: SessionView = { phase: 'attract', generation: 0 }
  let startedAt = 0
  let language: LanguageCode | null = null
  const listeners = new Set<(view: SessionView) => void>()
  const endedListeners = new Set<(summary: SessionSummary) => void>()
  const publish = (next: SessionView): SessionView => {
    current = next
    for (const listener of listeners) listener(current)
    return current
  }
  return {
    view: () => current,
    start(chosen) {
      if (current.phase !== 'attract') return current
      startedAt = now()
      language = chosen
      return publish({ ...current, phase: 'active' })
    },
    recordActivity: () => undefined,
    async end(cause) {
      const summary: SessionSummary = {
        cause,
        language,
        portalId: null,
        handedOff: false,
        durationMs: now() - startedAt,
      }
      language = null
      const view = publish({ phase: 'attract', generation: current.generation + 1 })
      for (const listener of endedListeners) listener(summary)
      return view
    },
    setAssistedMode: () => undefined,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onSessionEnded(listener) {
      endedListeners.add(listener)
      return () => endedListeners.delete(listener)
    },
  }
}
