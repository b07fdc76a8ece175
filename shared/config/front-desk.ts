import { z } from 'zod'

/** What a clinic can state about its own front desk; each field is optional. */
export const frontDeskFields = [
  'issuesActivationCodes',
  'hasProxyRequestForms',
  'helpsSetUpTeenAccounts',
] as const
export type FrontDeskField = (typeof frontDeskFields)[number]

/**
 * What this clinic's front desk does, in the clinic's own words. Patients read a statement
 * ("The front desk here can give you a new activation code") only for a field the clinic set
 * and IT confirmed; without it they read advice ("Ask at the front desk whether…"), never a
 * promise the kiosk cannot know is true. `false` says the desk does not do it.
 */
export const frontDeskSchema = z
  .object({
    /** Staff at the desk can give a patient a new activation code. */
    issuesActivationCodes: z.boolean().optional(),
    /** Staff at the desk have the form to request proxy access. */
    hasProxyRequestForms: z.boolean().optional(),
    /** Staff at the desk help a teen and a parent or guardian set up the teen's account. */
    helpsSetUpTeenAccounts: z.boolean().optional(),
    /** What IT has not confirmed yet: `true` for the whole block, or the fields by name. */
    verify: z.union([z.boolean(), z.array(z.enum(frontDeskFields)).max(3)]).default(false),
  })
  .strict()
