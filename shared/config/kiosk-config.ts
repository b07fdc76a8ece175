import { z } from 'zod'

import { supportedLanguages } from '../languages'
import { localizedTextSchema, type LocalizedText } from './localized-text'
import { httpsOriginSchema, httpsUrlSchema, originOf } from './url-rules'

/**
 * The clinic's configuration file. Every object is strict, so a misspelt key is reported instead
 * of silently ignored. Limits that protect patients (https only, minimum time-outs) are part of
 * the schema, not advice in a README.
 */

const languageCodeSchema = z.enum(supportedLanguages)

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
    /** True while the addresses have not been confirmed by the clinic's IT (shown to staff). */
    verify: z.boolean().default(false),
  })
  .strict()
  .superRefine((profile, context) => {
    const allowed = new Set(profile.allowedOrigins)
    for (const key of ['signUpUrl', 'signInUrl', 'selfSignupUrl'] as const) {
      const url = profile[key]
      if (url !== undefined && !allowed.has(originOf(url))) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `origin ${originOf(url)} is not in allowedOrigins`,
        })
      }
    }
  })

export const supportInfoSchema = z
  .object({
    /** The portal help line, as it should be dialled and shown, e.g. "1-877-858-0398". */
    phone: z.string().regex(/^\+?[0-9][0-9 ().-]{6,24}$/, 'must be a phone number'),
    hours: localizedTextSchema,
    /** Teens 13–17 set up by phone with a parent: the menu option to choose, if any. */
    teenPhoneOption: z.string().max(40).optional(),
    verify: z.boolean().default(false),
  })
  .strict()

export const scryptPinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number().int().min(16_384).max(1_048_576),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(16),
    keyLength: z.number().int().min(32).max(128),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22,}={0,2}$/, 'must be base64 (16 bytes or more)'),
    hash: z.string().regex(/^[A-Za-z0-9+/]{43,}={0,2}$/, 'must be base64 (32 bytes or more)'),
  })
  .strict()
export type ScryptPinHash = z.output<typeof scryptPinHashSchema>

export const timingSchema = z
  .object({
    /** Seconds without activity before the "are you still there?" warning (HIPAA auto log-off). */
    idleSeconds: z.number().int().min(30).max(900).default(90),
    /** Seconds the warning counts down before the session is erased (WCAG 2.2.1: at least 20). */
    warningSeconds: z.number().int().min(20).max(300).default(30),
    /** How many times a patient may ask for more time (WCAG 2.2.1: at least 10). */
    maxExtensions: z.number().int().min(10).max(100).default(10),
    /** Longer limits while staff help a patient ("assisted mode"). */
    assistedIdleSeconds: z.number().int().min(30).max(1800).default(300),
    assistedWarningSeconds: z.number().int().min(20).max(300).default(60),
  })
  .strict()

export const kioskConfigSchema = z
  .object({
    clinicName: z.string().trim().min(1).max(120),
    languages: z
      .object({
        enabled: z.array(languageCodeSchema).min(1),
        default: languageCodeSchema,
      })
      .strict(),
    timing: timingSchema.prefault({}),
    portals: z.array(portalProfileSchema).min(1).max(10),
    support: supportInfoSchema,
    staff: z
      .object({
        /** null: staff mode is off until IT sets a PIN hash (npm run hash-pin). */
        pinHash: scryptPinHashSchema.nullable(),
      })
      .strict(),
    logRetentionDays: z.number().int().min(1).max(365).default(30),
    /** Hour (0–23, local time) for a daily restart between patients, or absent for none. */
    dailyRestartHour: z.number().int().min(0).max(23).optional(),
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
    })
    requireLanguages(config.support.hours, enabled, ['support', 'hours'], context)
    if (config.timing.assistedIdleSeconds < config.timing.idleSeconds) {
      context.addIssue({
        code: 'custom',
        path: ['timing', 'assistedIdleSeconds'],
        message: 'must not be shorter than idleSeconds',
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
  const result = kioskConfigSchema.safeParse(input)
  if (result.success) return { ok: true, config: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? '(file)' : issue.path.map(String).join('.'),
      message: issue.message,
    })),
  }
}
