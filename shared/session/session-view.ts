import type { SessionView } from '../ipc/session-channels'
import { maxExtensions } from './session-machine'
import type { SessionState, SessionTiming } from './session-state'

/** What the UI is told: the phase, the generation, and while warning the countdown end. */
export function toSessionView(state: SessionState, timing: SessionTiming): SessionView {
  const view: SessionView = { phase: state.phase, generation: state.generation }
  if (state.assisted) view.assisted = true
  if (state.phase === 'warning' && state.warningEndsAt !== null) {
    view.warningEndsAt = state.warningEndsAt
    view.extensionsLeft = Math.max(0, maxExtensions(timing) - state.extensionsUsed)
  }
  return view
}
