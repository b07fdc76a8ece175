import type { SessionView } from '../../../shared/ipc/session-channels'

/**
 * The preview's stand-in for main's session lifecycle: attract → active → attract, one
 * generation per patient, and the call log wiped with the session.
 */
export interface PreviewSession {
  view(): SessionView
  start(): SessionView
  end(): SessionView
  subscribe(listener: (view: SessionView) => void): () => void
}

export function createPreviewSession(onWipe: () => void): PreviewSession {
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
    end: () => {
      onWipe()
      return publish({ phase: 'attract', generation: current.generation + 1 })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
