import type { SessionPhase } from '../ipc/session-channels'

/**
 * Every way a patient's session can end. All of them go through the same verified wipe, so the
 * list exists once and both main and the browser preview use it.
 */
export const sessionEndCauses = [
  'patient-done', // "I'm done — erase my session"
  'start-over', // "Start over"
  'portal-abandoned', // the portal did not load and the patient gave up
  'own-phone', // "Finish on your own phone instead", then "End my session here"
  'idle-timeout',
  'staff-reset',
  'ui-crashed',
  'ui-unresponsive',
  'portal-crashed',
  'portal-unresponsive',
] as const
export type SessionEndCause = (typeof sessionEndCauses)[number]

/** A patient's session is running (the warning included): their screens are on the page. */
export const isPatientPhase = (phase: SessionPhase): boolean =>
  phase === 'active' || phase === 'warning'

/** The limits from the configuration (`timing`), in seconds. */
export interface SessionTiming {
  readonly idleSeconds: number
  readonly warningSeconds: number
  readonly maxExtensions: number
  readonly assistedIdleSeconds: number
  readonly assistedWarningSeconds: number
}

/** WCAG 2.2.1 (Timing Adjustable): at least 20 s to react and at least 10 extensions. */
export const MIN_WARNING_SECONDS = 20
export const MIN_EXTENSIONS = 10

export const defaultSessionTiming: SessionTiming = {
  idleSeconds: 90,
  warningSeconds: 30,
  maxExtensions: 10,
  assistedIdleSeconds: 300,
  assistedWarningSeconds: 60,
}

export interface SessionState {
  readonly phase: SessionPhase
  /** Increases when a wipe begins: the UI remounts its whole patient tree for the new value. */
  readonly generation: number
  /** Staff are helping: the assisted timings apply until the session ends. */
  readonly assisted: boolean
  /** Epoch ms of the last activity (while active). */
  readonly lastActivityAt: number
  /** Epoch ms when the warning runs out (while warning). */
  readonly warningEndsAt: number | null
  readonly extensionsUsed: number
  /** Why the session is being wiped (while wiping). */
  readonly endCause: SessionEndCause | null
  /** The configuration is unusable: after the current wipe the kiosk locks in config-error. */
  readonly configBroken: boolean
}

export type ActivitySource = 'ui' | 'portal'

/** What can happen to a session. `at` is the injected clock's time when it happened. */
export type SessionEvent =
  | { readonly type: 'start'; readonly at: number }
  | { readonly type: 'activity'; readonly source: ActivitySource; readonly at: number }
  | { readonly type: 'idle-check'; readonly at: number }
  | { readonly type: 'more-time'; readonly at: number }
  | { readonly type: 'end'; readonly cause: SessionEndCause; readonly at: number }
  | { readonly type: 'set-assisted'; readonly on: boolean; readonly at: number }
  | { readonly type: 'wipe-succeeded'; readonly at: number }
  | { readonly type: 'wipe-failed'; readonly at: number }
  | { readonly type: 'config-invalid'; readonly at: number }
  | { readonly type: 'config-valid'; readonly at: number }

export function initialSessionState(generation = 0): SessionState {
  return {
    phase: 'attract',
    generation,
    assisted: false,
    lastActivityAt: 0,
    warningEndsAt: null,
    extensionsUsed: 0,
    endCause: null,
    configBroken: false,
  }
}
