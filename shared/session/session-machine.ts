import {
  MIN_EXTENSIONS,
  MIN_WARNING_SECONDS,
  isPatientPhase,
  type SessionEvent,
  type SessionEndCause,
  type SessionState,
  type SessionTiming,
} from './session-state'

/**
 * The session lifecycle as a pure function: attract → active → (warning ⇄ active) → wiping →
 * attract, plus out-of-order (a wipe could not be verified; only staff can clear it) and
 * config-error. Every end of a session — patient, idle, staff, crash, abandoned portal — goes
 * through `wiping`; no transition leaves a session without one.
 */
export function nextSessionState(
  state: SessionState,
  event: SessionEvent,
  timing: SessionTiming,
): SessionState {
  switch (event.type) {
    case 'start':
      if (state.phase !== 'attract') return state
      return {
        ...state,
        phase: 'active',
        lastActivityAt: event.at,
        warningEndsAt: null,
        extensionsUsed: 0,
      }

    case 'activity':
      // During the warning only "I need more time" counts: a stray touch must not silently
      // use up the patient's extensions or hide the question.
      if (state.phase !== 'active') return state
      return { ...state, lastActivityAt: event.at }

    case 'idle-check':
      if (state.phase === 'active' && event.at >= state.lastActivityAt + idleMs(state, timing)) {
        // The countdown starts now, even if the timer fired late: the patient always gets all of it.
        return { ...state, phase: 'warning', warningEndsAt: event.at + warningMs(state, timing) }
      }
      if (state.phase === 'warning' && state.warningEndsAt !== null) {
        if (event.at >= state.warningEndsAt) return beginWipe(state, 'idle-timeout')
      }
      return state

    case 'more-time':
      if (state.phase !== 'warning') return state
      if (state.extensionsUsed >= maxExtensions(timing)) return state
      return {
        ...state,
        phase: 'active',
        lastActivityAt: event.at,
        warningEndsAt: null,
        extensionsUsed: state.extensionsUsed + 1,
      }

    case 'set-assisted':
      if (state.phase === 'attract') return { ...state, assisted: event.on }
      if (!isPatientPhase(state.phase)) return state
      // Staff at the kiosk is activity: close the warning without spending an extension.
      return {
        ...state,
        assisted: event.on,
        phase: 'active',
        lastActivityAt: event.at,
        warningEndsAt: null,
      }

    case 'end':
      switch (state.phase) {
        case 'attract':
        case 'active':
        case 'warning':
          return beginWipe(state, event.cause)
        case 'out-of-order':
        case 'config-error':
          // A locked kiosk is only ever released by staff, and then only through a new wipe.
          return event.cause === 'staff-reset' ? beginWipe(state, event.cause) : state
        case 'wiping':
          return state
      }
      return state

    case 'wipe-succeeded':
      if (state.phase !== 'wiping') return state
      return { ...state, phase: state.configBroken ? 'config-error' : 'attract', endCause: null }

    case 'wipe-failed':
      if (state.phase !== 'wiping') return state
      return { ...state, phase: 'out-of-order', endCause: null }

    case 'config-invalid':
      return {
        ...state,
        ...refreshBetweenPatients(state),
        configBroken: true,
        phase: state.phase === 'attract' ? 'config-error' : state.phase,
      }

    case 'config-valid':
      return {
        ...state,
        ...refreshBetweenPatients(state),
        configBroken: false,
        phase: state.phase === 'config-error' ? 'attract' : state.phase,
      }
  }
}

/**
 * A configuration (re)load between patients gives the UI a new generation, so it remounts and
 * reads the new portals, languages and help line. No patient is on screen, so nothing is lost;
 * during a session the generation only changes with the wipe.
 */
function refreshBetweenPatients(state: SessionState): Pick<SessionState, 'generation'> {
  const between = state.phase === 'attract' || state.phase === 'config-error'
  return { generation: between ? state.generation + 1 : state.generation }
}

function beginWipe(state: SessionState, cause: SessionEndCause): SessionState {
  return {
    ...state,
    phase: 'wiping',
    generation: state.generation + 1,
    endCause: cause,
    assisted: false,
    warningEndsAt: null,
    extensionsUsed: 0,
  }
}

/** When the machine next needs an `idle-check`, as epoch ms, or null if no timer is needed. */
export function nextDeadline(state: SessionState, timing: SessionTiming): number | null {
  if (state.phase === 'active') return state.lastActivityAt + idleMs(state, timing)
  if (state.phase === 'warning') return state.warningEndsAt
  return null
}

function idleMs(state: SessionState, timing: SessionTiming): number {
  return (state.assisted ? timing.assistedIdleSeconds : timing.idleSeconds) * 1000
}

/** Never shorter than WCAG's 20 s, whatever a configuration says. */
function warningMs(state: SessionState, timing: SessionTiming): number {
  const seconds = state.assisted ? timing.assistedWarningSeconds : timing.warningSeconds
  return Math.max(MIN_WARNING_SECONDS, seconds) * 1000
}

export function maxExtensions(timing: SessionTiming): number {
  return Math.max(MIN_EXTENSIONS, timing.maxExtensions)
}
