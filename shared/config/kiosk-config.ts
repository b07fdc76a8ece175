import { z } from 'zod'

import { languages, reviewedLanguages, supportedLanguages, type LanguageCode } from '../languages'
import { clinicLogoSchema } from './clinic-logo'
import { configErrorMessage } from './config-messages'
import { fleetConfigFields } from './fleet-config'
import { localizedTextSchema, type LocalizedText } from './localized-text'
import { scryptPinHashSchema } from './pin-hash-schema'
import { httpsOriginSchema, httpsUrlSchema, originOf } from './url-rules'
import { activationCodeShapeSchema } from '../activation/activation-code'

/**
 * The clinic's configuration file. Every object is strict, so a misspelt key is reported instead
 * of silently ignored. Limits that protect patients (https only, minimum time-outs) are part of
 * the schema, not advice in a README.
 */

const languageCodeSchema = z.enum(supportedLanguages, {
  error: `is not a supported language (supported: ${supportedLanguages.join(', ')})`,
})

const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ().-]{6,24}$/, 'must be a phone number such as 1-877-858-0398')

/** A help line shown to patients: the number and when someone answers, per language. */
export const helpLineSchema = z.object({ phone: phoneSchema, hours: localizedTextSchema }).strict()

/** Seconds without activity before the idle warning (HIPAA automatic logoff: kept short). */
const idleSecondsSchema = z.number().int().min(30).max(900)

export const portalIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes')

/** CSS selectors of the official sign-up form's fields, for optional pre-fill. */
export const prefillSelectorsSchema = z
  .object({
    activationCode: z.string().min(1).max(200),
    firstName: z.string().min(1).max(200),
    lastName: z.string().min(1).max(200),
    dateOfBirth: z.string().min(1).max(200),
    email: z.string().min(1).max(200),
    mayoClinicNumber: z.string().min(1).max(200),
  })
  .partial()
  .strict()

export const portalProfileSchema = z
  .object({
    id: portalIdSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    /** Where new patients create their account (activation-code form). */
    signUpUrl: httpsUrlSchema,
    /** Where existing patients sign in. */
    signInUrl: httpsUrlSchema,
    /** Self sign-up without an activation code, where the portal offers it. */
    selfSignupUrl: httpsUrlSchema.optional(),
    /** The only origins the portal view may show. Sign-up and sign-in URLs must be inside them. */
    allowedOrigins: z.array(httpsOriginSchema).min(1).max(20),
    prefillSelectors: prefillSelectorsSchema.optional(),
    /** This portal's own help line, when it differs from the kiosk's support line. */
    help: helpLineSchema.optional(),
    /**
     * Origins allowed only inside frames of the portal page (a captcha, an identity check or a
     * payment widget), never as the page itself. Empty by default: IT adds what the staff
     * panel's "blocked parts of pages" shows the official page needs.
     */
    allowedFrameOrigins: z.array(httpsOriginSchema).max(20).default([]),
    /**
     * What the sign-up/sign-in address opens: the portal's own page, or an information page that
     * links to it (patients are told which, so a page about the portal is not called the portal).
     */
    addressKind: z.enum(['portal-page', 'information-page']).default('portal-page'),
    /**
     * The usual shape of this portal's activation codes (Epic MyChart practice: 3 groups of 5).
     * A code of another shape is not refused: the patient is asked to check it, then continues.
     */
    activationCodeShape: activationCodeShapeSchema.prefault({}),
    /** True while the addresses have not been confirmed by the clinic's IT (shown to staff). */
    verify: z.boolean().default(false),
  })
  .strict()
  .superRefine((profile, context) => {
    // zod still runs this when a field failed a refinement: compare only well-formed values
    // (each malformed one is already reported at its own path).
    const origins = profile.allowedOrigins.map((origin) => httpsOriginSchema.safeParse(origin))
    if (!origins.every((origin) => origin.success)) return
    const allowed = new Set(origins.map((origin) => origin.data))
    for (const key of ['signUpUrl', 'signInUrl', 'selfSignupUrl'] as const) {
      const url = profile[key]
      if (url === undefined || !httpsUrlSchema.safeParse(url).success) continue
      if (!allowed.has(originOf(url))) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `origin ${originOf(url)} is not in allowedOrigins`,
        })
      }
    }
  })

/** The daily restart's hour when the file names none: 03:00, when clinics are closed. */
export const DEFAULT_RESTART_HOUR = 3
/** Sessions per process when the file names no bound (docs/clinic-it.md, "Bounded process lifetime": ~100–300 MB retained). */
export const DEFAULT_RESTART_SESSIONS = 100

/** The support fields a clinic can flag as not yet confirmed. */
export const supportVerifiableFields = ['phone', 'hours', 'teenPhoneOption'] as const
export type SupportVerifiableField = (typeof supportVerifiableFields)[number]

export const supportInfoSchema = z
  .object({
    /** The portal help line, as it should be dialled and shown, e.g. "1-877-858-0398". */
    phone: phoneSchema,
    hours: localizedTextSchema,
    /** Teens 13–17 set up by phone with a parent: the menu option to choose, if any. */
    teenPhoneOption: z.string().max(40).optional(),
    /**
     * What IT has not confirmed yet: `true` for everything in this block, or the fields by name
     * (`["hours", "teenPhoneOption"]`). Unverified hours and menu options are never shown to
     * patients; every unverified item is listed for staff (panel banner, `npm run check-config`).
     */
    verify: z.union([z.boolean(), z.array(z.enum(supportVerifiableFields)).max(3)]).default(false),
  })
  .strict()

export const timingSchema = z
  .object({
    /** Seconds without activity before the "are you still there?" warning (HIPAA auto log-off). */
    idleSeconds: idleSecondsSchema.default(90),
    /** Seconds the warning counts down before the session is erased (WCAG 2.2.1: at least 20). */
    warningSeconds: z.number().int().min(20).max(300).default(30),
    /** How many times a patient may ask for more time (WCAG 2.2.1: at least 10). */
    maxExtensions: z.number().int().min(10).max(100).default(10),
    /** Longer limits while staff help a patient ("assisted mode"). */
    assistedIdleSeconds: z.number().int().min(30).max(1800).default(300),
    assistedWarningSeconds: z.number().int().min(20).max(300).default(60),
    /**
     * Seconds the last screen ("You're all set") counts down before it erases the session by
     * itself, so nobody can step back into the previous patient's session. "I need more time"
     * starts it again.
     */
    doneSeconds: z.number().int().min(10).max(120).default(20),
  })
  .strict()

export const kioskConfigSchema = z
  .object({
    clinicName: z.string().trim().min(1).max(120),
    /** Optional logo on the welcome screen: a local PNG/JPEG/WebP, hash-pinned (clinic-logo.ts). */
    clinicLogo: clinicLogoSchema.optional(),
    languages: z
      .object({
        enabled: z.array(languageCodeSchema).min(1),
        default: languageCodeSchema,
        /**
         * Languages whose text is machine-drafted and not yet reviewed by a qualified translator
         * (`review: 'pending'` in shared/languages.ts) that this clinic offers anyway. Enabling
         * such a language without listing it here is a configuration problem, never a silent
         * fallback. Listing a reviewed or a not-enabled language is harmless (a later release
         * may mark a language reviewed without breaking this file).
         */
        allowPendingReview: z.array(languageCodeSchema).default([]),
      })
      .strict(),
    timing: timingSchema.prefault({}),
    portals: z.array(portalProfileSchema).min(1).max(10),
    support: supportInfoSchema,
    staff: z
      .object({
        /** null: staff mode is off until IT sets a PIN hash (npm run hash-pin). */
        pinHash: scryptPinHashSchema.nullable(),
        /**
         * The staff screens' language, whatever language the patient chose (English by default).
         * Only a reviewed language: staff read settings and problems they must act on exactly.
         */
        language: z
          .enum(reviewedLanguages as [LanguageCode, ...LanguageCode[]], {
            error: `must be a reviewed language (${reviewedLanguages.join(', ')})`,
          })
          .default('en'),
      })
      .strict(),
    logRetentionDays: z.number().int().min(1).max(365).default(30),
    /**
     * Hour (0–23, local time) for the daily restart between patients; 3 when absent, `null` to
     * opt out explicitly. Electron never frees a patient's in-memory partition, so the process
     * must not live for ever (docs/clinic-it.md, "Bounded process lifetime").
     */
    dailyRestartHour: z.number().int().min(0).max(23).nullable().default(DEFAULT_RESTART_HOUR),
    /** Restart (between patients) after this many sessions; bounds memory per process. */
    restartAfterSessions: z.number().int().min(1).max(1000).default(DEFAULT_RESTART_SESSIONS),
    ...fleetConfigFields,
  })
  .strict()
  .superRefine((config, context) => {
    const { enabled } = config.languages
    if (new Set(enabled).size !== enabled.length) {
      context.addIssue({
        code: 'custom',
        path: ['languages', 'enabled'],
        message: 'lists a language twice',
      })
    }
    const allowed = new Set(config.languages.allowPendingReview)
    enabled.forEach((language, index) => {
      if (languages[language].review === 'pending' && !allowed.has(language))
        context.addIssue({
          code: 'custom',
          path: ['languages', 'enabled', index],
          message: `"${language}" (${languages[language].endonym}) is machine-drafted and not yet reviewed by a qualified translator; to offer it anyway, add "${language}" to languages.allowPendingReview`,
        })
    })
    if (!enabled.includes(config.languages.default)) {
      context.addIssue({
        code: 'custom',
        path: ['languages', 'default'],
        message: 'must be one of the enabled languages',
      })
    }
    const ids = new Set<string>()
    config.portals.forEach((portal, index) => {
      if (ids.has(portal.id))
        context.addIssue({
          code: 'custom',
          path: ['portals', index, 'id'],
          message: `duplicate portal id "${portal.id}"`,
        })
      ids.add(portal.id)
      requireLanguages(portal.name, enabled, ['portals', index, 'name'], context)
      requireLanguages(portal.description, enabled, ['portals', index, 'description'], context)
      if (portal.help !== undefined)
        requireLanguages(portal.help.hours, enabled, ['portals', index, 'help', 'hours'], context)
    })
    requireLanguages(config.support.hours, enabled, ['support', 'hours'], context)
    if (config.clinicLogo?.alt !== undefined)
      requireLanguages(config.clinicLogo.alt, enabled, ['clinicLogo', 'alt'], context)
    if (config.timing.assistedIdleSeconds < config.timing.idleSeconds) {
      context.addIssue({
        code: 'custom',
        path: ['timing', 'assistedIdleSeconds'],
        message: 'must not be shorter than idleSeconds',
      })
    }
    // The done screen erases itself after doneSeconds; an idle warning over it would count
    // down a second, unrelated time-out whose "more time" does not stop the first.
    // Compared only when idleSeconds is itself valid (a bad one is already reported).
    const idle = idleSecondsSchema.safeParse(config.timing.idleSeconds)
    if (idle.success && config.timing.doneSeconds >= idle.data) {
      context.addIssue({
        code: 'custom',
        path: ['timing', 'doneSeconds'],
        message: 'must be shorter than idleSeconds',
      })
    }
    if (config.timing.assistedWarningSeconds < config.timing.warningSeconds) {
      context.addIssue({
        code: 'custom',
        path: ['timing', 'assistedWarningSeconds'],
        message: 'must not be shorter than warningSeconds',
      })
    }
  })

function requireLanguages(
  text: LocalizedText,
  enabled: readonly (typeof supportedLanguages)[number][],
  path: (string | number)[],
  context: z.RefinementCtx,
): void {
  for (const language of new Set(['en' as const, ...enabled])) {
    if (text[language] === undefined)
      context.addIssue({
        code: 'custom',
        path: [...path, language],
        message: `text for "${language}" is missing`,
      })
  }
}

export type KioskConfig = z.output<typeof kioskConfigSchema>
export type KioskConfigInput = z.input<typeof kioskConfigSchema>
export type PortalProfile = z.output<typeof portalProfileSchema>

export interface ConfigProblem {
  /** Where in the file, e.g. "portals.0.signUpUrl" ("(file)" for the whole file). */
  readonly path: string
  readonly message: string
}

export type ParseConfigResult =
  | { readonly ok: true; readonly config: KioskConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }

/** Validates a parsed JSON value. Never throws; every problem is listed, not just the first. */
export function parseConfig(input: unknown): ParseConfigResult {
  const result = kioskConfigSchema.safeParse(input, { error: configErrorMessage })
  if (result.success) return { ok: true, config: result.data }
  // zod still applies a list's length limits to a value of the wrong type ("portals": "x"):
  // where the type is wrong, that is the only problem worth reading.
  const wrongType = new Set(
    result.error.issues
      .filter((issue) => issue.code === 'invalid_type')
      .map((issue) => formatConfigPath(issue.path)),
  )
  const issues = result.error.issues.filter(
    (issue) => issue.code === 'invalid_type' || !wrongType.has(formatConfigPath(issue.path)),
  )
  return { ok: false, problems: issues.flatMap(toProblems) }
}

/** "portals.0.signUpUrl"; "(file)" for the file as a whole. */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(file)' : path.map(String).join('.')
}

function toProblems(issue: z.core.$ZodIssue): ConfigProblem[] {
  // An unknown key is reported at the key itself, one problem per key, so staff see exactly
  // which line to fix (zod reports them together at the enclosing object).
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: formatConfigPath([...issue.path, key]),
      message: issue.message,
    }))
  return [{ path: formatConfigPath(issue.path), message: issue.message }]
}
