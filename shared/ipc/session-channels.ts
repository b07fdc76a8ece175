import { z } from 'zod'

import { supportedLanguages } from '../languages'
import { emptyRequest } from './kiosk-channels'

/**
 * What the UI is told about the session lifecycle. Main owns the state machine; the UI renders
 * whatever phase it is told and never decides a transition itself.
 */
export const sessionPhases = [
  'attract',
  'active',
  'warning',
  'wiping',
  'out-of-order',
  'config-error',
] as const
export type SessionPhase = (typeof sessionPhases)[number]

export const sessionViewSchema = z.object({
  phase: z.enum(sessionPhases),
  /**
   * Increases with every wipe. The UI keys its whole patient tree on it, so a new session is a
   * fresh React tree with no state carried over from the previous patient.
   */
  generation: z.number().int().nonnegative(),
  /** While `warning`: when the session will be erased, as epoch milliseconds. */
  warningEndsAt: z.number().optional(),
  /** While `warning`: how many more "I need more time" extensions are allowed. */
  extensionsLeft: z.number().int().nonnegative().optional(),
  /** Staff turned on assisted mode: longer time-outs until this session ends. */
  assisted: z.boolean().optional(),
})
export type SessionView = z.output<typeof sessionViewSchema>

export const activitySources = ['pointer', 'key', 'on-screen-keyboard'] as const

/**
 * Ends the UI may ask for. `portal-abandoned`: the portal did not load and the patient gave up;
 * `own-phone`: the patient chose to finish on their own phone (counted for staff).
 */
export const sessionEndReasons = [
  'patient-done',
  'start-over',
  'portal-abandoned',
  'own-phone',
] as const

export const sessionChannels = {
  'session:get-state': { request: emptyRequest, response: sessionViewSchema },
  'session:start': {
    request: z.object({ language: z.enum(supportedLanguages) }).strict(),
    response: sessionViewSchema,
  },
  'session:activity': {
    request: z.object({ source: z.enum(activitySources) }).strict(),
    response: z.null(),
  },
  'session:end': {
    request: z.object({ reason: z.enum(sessionEndReasons) }).strict(),
    response: sessionViewSchema,
  },
  /** "I need more time" in the idle warning: back to active, one extension used. */
  'session:more-time': { request: emptyRequest, response: sessionViewSchema },
  /**
   * The UI confirms that it remounted for `generation` (the one a wipe pushed) and holds no
   * patient data. The wipe is verified only once this arrives.
   */
  'session:ui-reset': {
    request: z.object({ generation: z.number().int().nonnegative() }).strict(),
    response: z.null(),
  },
} as const

/** Pushed from main to the UI whenever the session view changes. */
export const sessionEvents = {
  'session:state': sessionViewSchema,
} as const
