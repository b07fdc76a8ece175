import { z } from 'zod'

import { supportedLanguages } from '../languages'
import { activationCodeShapeSchema } from '../activation/activation-code'
import { publicClinicLogoSchema, type PublicClinicLogo } from './clinic-logo'
import type { KioskConfig } from './kiosk-config'
import { localizedTextSchema } from './localized-text'
import { frontDeskFields, type FrontDeskField } from './front-desk'
import { prefillFields } from './prefill-fields'
import { isFrontDeskFieldUnverified, isSupportFieldUnverified } from './unverified-items'

/**
 * The part of the configuration the UI may see. Built field by field (never by spreading the
 * full config), so secrets such as the staff PIN hash cannot reach the renderer by accident.
 */
export const publicPortalSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  signUpUrl: z.string(),
  signInUrl: z.string(),
  selfSignupUrl: z.string().optional(),
  /** Whether the official form can be pre-filled from the activation details. */
  canPrefill: z.boolean(),
  /** The fields of the official form the kiosk can fill in (the ones with a selector). */
  prefillFields: z.array(z.enum(prefillFields)),
  /** The address opens an information page about the portal, not the portal itself. */
  addressKind: z.enum(['portal-page', 'information-page']),
  activationCodeShape: activationCodeShapeSchema,
  verify: z.boolean(),
  /** This portal's own help line, when the clinic set one (else use `support`). */
  help: z.object({ phone: z.string(), hours: localizedTextSchema }).optional(),
})

export const publicConfigSchema = z.object({
  clinicName: z.string(),
  /**
   * The clinic's logo as a `data:` URL that main read and checked (clinic-logo.ts): the UI never
   * gets a path, and the IPC response refuses anything but a small PNG, JPEG or WebP.
   */
  clinicLogo: publicClinicLogoSchema.optional(),
  languages: z.object({
    enabled: z.array(z.enum(supportedLanguages)),
    default: z.enum(supportedLanguages),
  }),
  timing: z.object({
    idleSeconds: z.number(),
    warningSeconds: z.number(),
    maxExtensions: z.number(),
    doneSeconds: z.number(),
  }),
  portals: z.array(publicPortalSchema),
  /**
   * Hours and the phone-menu option reach the UI only when IT has confirmed them: an unverified
   * one is left out here, so no screen can show it to a patient as if it were official.
   */
  support: z.object({
    phone: z.string(),
    hours: localizedTextSchema.optional(),
    teenPhoneOption: z.string().optional(),
  }),
  /**
   * What the clinic states about its front desk: only fields it set and IT confirmed. Absent
   * means "not stated": patients are then advised to ask, never promised anything.
   */
  frontDesk: z.object({
    issuesActivationCodes: z.boolean().optional(),
    hasProxyRequestForms: z.boolean().optional(),
    helpsSetUpTeenAccounts: z.boolean().optional(),
  }),
  staffModeEnabled: z.boolean(),
  /** The language of the PIN pad and the staff panel (not the patient's). */
  staffLanguage: z.enum(supportedLanguages),
})
export type PublicConfig = z.output<typeof publicConfigSchema>
export type PublicPortal = z.output<typeof publicPortalSchema>

/**
 * `logo`: the image main read for `config.clinicLogo` (the file itself is main's business); left
 * out when the configuration has none.
 */
export function toPublicConfig(
  config: KioskConfig,
  logo?: Pick<PublicClinicLogo, 'src' | 'width' | 'height'>,
): PublicConfig {
  return {
    clinicName: config.clinicName,
    ...(logo === undefined || config.clinicLogo === undefined
      ? {}
      : {
          clinicLogo: {
            src: logo.src,
            width: logo.width,
            height: logo.height,
            ...(config.clinicLogo.alt === undefined ? {} : { alt: config.clinicLogo.alt }),
          },
        }),
    languages: { enabled: [...config.languages.enabled], default: config.languages.default },
    timing: {
      idleSeconds: config.timing.idleSeconds,
      warningSeconds: config.timing.warningSeconds,
      maxExtensions: config.timing.maxExtensions,
      doneSeconds: config.timing.doneSeconds,
    },
    portals: config.portals.map((portal) => ({
      id: portal.id,
      name: portal.name,
      description: portal.description,
      signUpUrl: portal.signUpUrl,
      signInUrl: portal.signInUrl,
      ...(portal.selfSignupUrl === undefined ? {} : { selfSignupUrl: portal.selfSignupUrl }),
      canPrefill:
        portal.prefillSelectors !== undefined && Object.keys(portal.prefillSelectors).length > 0,
      prefillFields: prefillFields.filter(
        (field) => portal.prefillSelectors?.[field] !== undefined,
      ),
      addressKind: portal.addressKind,
      activationCodeShape: { ...portal.activationCodeShape },
      verify: portal.verify,
      ...(portal.help === undefined
        ? {}
        : { help: { phone: portal.help.phone, hours: portal.help.hours } }),
    })),
    support: {
      phone: config.support.phone,
      ...(isSupportFieldUnverified(config.support, 'hours') ? {} : { hours: config.support.hours }),
      ...(config.support.teenPhoneOption === undefined ||
      isSupportFieldUnverified(config.support, 'teenPhoneOption')
        ? {}
        : { teenPhoneOption: config.support.teenPhoneOption }),
    },
    frontDesk: confirmedFrontDesk(config.frontDesk),
    staffModeEnabled: config.staff.pinHash !== null,
    staffLanguage: config.staff.language,
  }
}

/** The front-desk statements patients may read: set by the clinic and confirmed by IT. */
function confirmedFrontDesk(frontDesk: KioskConfig['frontDesk']): PublicConfig['frontDesk'] {
  const out: Partial<Record<FrontDeskField, boolean>> = {}
  if (frontDesk === undefined) return out
  for (const field of frontDeskFields) {
    const value = frontDesk[field]
    if (value !== undefined && !isFrontDeskFieldUnverified(frontDesk, field)) out[field] = value
  }
  return out
}
