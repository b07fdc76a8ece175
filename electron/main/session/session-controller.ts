import type { LanguageCode } from '../../../shared/languages'
import type { SessionEndReason, SessionView } from '../../../shared/ipc/session-channels'

/**
 * Owns the patient session as the UI sees it and tells listeners about every change.
 * This is the foundation's minimal lifecycle (attract → active → attract, one generation per
 * patient); the idle warning, the verified wipe and out-of-order come with the session
 * state machine.
 */
export interface SessionController {
  view(): SessionView
  start(language: LanguageCode): SessionView
  recordActivity(): void
  end(reason: SessionEndReason): Promise<SessionView>
  subscribe(listener: (view: SessionView) => void): () => void
}

export function createSessionController(): SessionController {
  let current: SessionView = { phase: 'attract', generation: 0 }
  const listeners = new Set<(view: SessionView) => void>()
  const publish = (next: SessionView): SessionView => {
    current = next
    for (const listener of listeners) listener(current)
    return current
  }
  return {
    view: () => current,
    start: () => (current.phase === 'attract' ? publish({ ...current, phase: 'active' }) : current),
    recordActivity: () => undefined,
    end: async () => publish({ phase: 'attract', generation: current.generation + 1 }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
