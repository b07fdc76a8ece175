/**
 * Who the new account is for, from the "Who is the account for?" step. It decides the age rule
 * for the date of birth, so it travels with the activation details.
 * - `self`: the patient's own account, for an adult (18 or older).
 * - `caregiver`: someone who cares for another person. Proxy access is requested separately;
 *   the caregiver first needs an account of their own, and a proxy must be an adult (18+).
 * - `teen`: a teen aged 13 to 17, set up together with a parent or guardian.
 */
export const accountHolders = ['self', 'caregiver', 'teen'] as const
export type AccountHolder = (typeof accountHolders)[number]

/**
 * ONE age rule for the whole kiosk (schema, text, tests): "Me" is for adults 18+, 13–17 is the
 * teen path with a parent or guardian, and a proxy (caregiver) is 18+.
 * Inclusive age limits, in whole years, for the person whose account is being created. */
export const ageLimits: Readonly<Record<AccountHolder, { min: number; max: number }>> = {
  self: { min: 18, max: 130 },
  caregiver: { min: 18, max: 130 },
  teen: { min: 13, max: 17 },
}
