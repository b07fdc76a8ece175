import { z } from 'zod'

import { supportedLanguages } from '../languages'
import { configStatusSchema } from './config-channels'
import { emptyRequest } from './kiosk-channels'
import { sessionViewSchema } from './session-channels'
import { shellStatusSchema } from './shell-status'

/**
 * Staff mode. The PIN is checked in main; the unlocked state lives in main, and every panel
 * action is refused (`rejected` / `staff-locked`) unless staff are unlocked. No response ever
 * carries the PIN hash, the salt, or anything about a patient.
 */
export const staffAccessSchema = z.discriminatedUnion('access', [
  /** No PIN is configured: staff mode is off. */
  z.object({ access: z.literal('disabled') }),
  z.object({ access: z.literal('locked'), attemptsLeft: z.number().int().nonnegative() }),
  z.object({ access: z.literal('locked-out'), lockedOutUntil: z.number() }),
  z.object({ access: z.literal('unlocked'), expiresAt: z.number() }),
])
export type StaffAccessView = z.output<typeof staffAccessSchema>

export const unlockResultSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('unlocked'), expiresAt: z.number() }),
  z.object({ result: z.literal('wrong-pin'), attemptsLeft: z.number().int().nonnegative() }),
  z.object({ result: z.literal('locked-out'), lockedOutUntil: z.number() }),
  z.object({ result: z.literal('disabled') }),
  z.object({ result: z.literal('busy') }),
])
export type UnlockResultView = z.output<typeof unlockResultSchema>

/** Today's anonymous counts: numbers by category, never anything about a person. */
export const dailyCountsSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sessions: z.number().int().nonnegative(),
    completedHandOffs: z.number().int().nonnegative(),
    timeouts: z.number().int().nonnegative(),
    /** Patients who chose "Finish on your own phone instead" (absent in older files: 0). */
    finishedOnOwnPhone: z.number().int().nonnegative().default(0),
    byPortal: z.record(z.string().max(64), z.number().int().nonnegative()),
    byLanguage: z.partialRecord(z.enum(supportedLanguages), z.number().int().nonnegative()),
  })
  .strict()
export type DailyCounts = z.output<typeof dailyCountsSchema>

export const staffStatusSchema = z.object({
  appVersion: z.string(),
  config: configStatusSchema,
  /** The last verified wipe; null until one ran (or while the wipe module does not report). */
  lastWipe: z
    .object({ ok: z.boolean(), durationMs: z.number().nonnegative(), at: z.number() })
    .nullable(),
  /** Error events logged since the app started (names and times only). */
  errors: z.object({
    count: z.number().int().nonnegative(),
    recent: z.array(z.object({ event: z.string(), at: z.number() })),
  }),
  counts: dailyCountsSchema,
  assistedMode: z.boolean(),
  unlockExpiresAt: z.number(),
  /** Restart policy and blocked page parts (issue 10); absent where main does not report it. */
  shell: shellStatusSchema.optional(),
})
export type StaffStatus = z.output<typeof staffStatusSchema>

export const staffChannels = {
  'staff:get-access': { request: emptyRequest, response: staffAccessSchema },
  'staff:unlock': {
    request: z.object({ pin: z.string().regex(/^[0-9]{4,12}$/) }).strict(),
    response: unlockResultSchema,
  },
  'staff:lock': { request: emptyRequest, response: z.null() },
  'staff:get-status': { request: emptyRequest, response: staffStatusSchema },
  /** Ends the patient's session through the verified wipe. */
  'staff:reset-session': { request: emptyRequest, response: sessionViewSchema },
  /** Longer time-outs while staff help this patient; ends with the session. */
  'staff:set-assisted': {
    request: z.object({ on: z.boolean() }).strict(),
    response: z.object({ assistedMode: z.boolean() }),
  },
  'staff:reload-config': { request: emptyRequest, response: configStatusSchema },
  /**
   * The patient tapped "Get staff help" (no PIN: it is the patient's call). If staff unlock
   * while this session runs, assisted mode turns on by itself. `requested`: false outside a
   * patient's session, where there is nothing to assist.
   */
  'staff:request-help': {
    request: emptyRequest,
    response: z.object({ requested: z.boolean() }),
  },
  'staff:exit': { request: emptyRequest, response: z.null() },
} as const
