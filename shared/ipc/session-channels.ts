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
})
export type SessionView = z.output<typeof sessionViewSchema>

export const activitySources = ['pointer', 'key', 'on-screen-keyboard'] as const

export const sessionEndReasons = ['patient-done', 'start-over'] as const
export type SessionEndReason = (typeof sessionEndReasons)[number]

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
} as const

/** Pushed from main to the UI whenever the session view changes. */
export const sessionEvents = {
  'session:state': sessionViewSchema,
} as const
