import { z } from 'zod'

import { activationSchema } from '../activation/activation-schema'
import { portalIdSchema } from '../config/kiosk-config'
import { emptyRequest } from './kiosk-channels'

/**
 * The official portal page, shown in its own view above our UI during the hand-off. The UI
 * owns the layout: it tells main where the view goes and hides it whenever something of ours
 * must be seen (keyboard, idle warning, help).
 */
export const portalEntries = ['sign-up', 'sign-in', 'self-signup'] as const

export const portalBoundsSchema = z
  .object({
    x: z.number().int().min(0).max(10_000),
    y: z.number().int().min(0).max(10_000),
    width: z.number().int().min(0).max(10_000),
    height: z.number().int().min(0).max(10_000),
  })
  .strict()
export type PortalBounds = z.output<typeof portalBoundsSchema>

/** Keys the on-screen keyboard can send into the portal page besides plain text. */
export const portalSpecialKeys = [
  'Backspace',
  'Enter',
  'Tab',
  'Shift+Tab',
  'ArrowLeft',
  'ArrowRight',
] as const

/**
 * Calm notes about something the official page asked for that the kiosk does not do:
 * `document` — a document (a PDF, any download) opens on the patient's own device, never here;
 * `passkey` — no passkey is created or used on a shared kiosk.
 */
export const portalNotices = ['document', 'passkey'] as const
export type PortalNotice = (typeof portalNotices)[number]

export const portalStatusSchema = z.object({
  state: z.enum(['closed', 'loading', 'ready', 'failed', 'blocked']),
  /** While `blocked`: the origin (never the path or query) of the page that was refused. */
  blockedOrigin: z.string().optional(),
  /**
   * While `loading`/`ready`: part of the official page (a frame, or a pop-up that posts a form)
   * was not shown. The page stays; the hand-off step shows a calm notice pointing to staff.
   */
  partBlocked: z.boolean().optional(),
  /** While `loading`/`ready`: the page asked for something the kiosk refused (see above). */
  notice: z.enum(portalNotices).optional(),
})
export type PortalStatus = z.output<typeof portalStatusSchema>

export const portalChannels = {
  'portal:open': {
    request: z.object({ portalId: portalIdSchema, entry: z.enum(portalEntries) }).strict(),
    response: portalStatusSchema,
  },
  'portal:set-bounds': {
    request: z.object({ visible: z.boolean(), bounds: portalBoundsSchema }).strict(),
    response: z.null(),
  },
  'portal:reload': { request: emptyRequest, response: portalStatusSchema },
  /**
   * The patient left the hand-off for the last screen: close the portal view now, and refuse to
   * open one again until this session has been wiped (Back cannot bring the signed-in page back).
   */
  'portal:finish': { request: emptyRequest, response: portalStatusSchema },
  'portal:type-text': {
    request: z.object({ text: z.string().min(1).max(200) }).strict(),
    response: z.null(),
  },
  'portal:press-key': {
    request: z.object({ key: z.enum(portalSpecialKeys) }).strict(),
    response: z.null(),
  },
  /**
   * Fill the official form from the activation details, where the portal profile names its
   * fields. Main parses the details with the same schema as the form; they are never logged.
   */
  'portal:prefill': {
    request: z.object({ details: activationSchema }).strict(),
    response: z.object({ filled: z.number().int().nonnegative() }),
  },
} as const

export const portalEvents = {
  'portal:status': portalStatusSchema,
} as const
