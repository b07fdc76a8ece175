/**
 * Activation codes are 15 letters or digits in three groups of five (Epic MyChart style),
 * not case-sensitive. Patients type or paste them with or without spaces and dashes, so we
 * strip separators, check what is left, and show one canonical form: `ABCDE-12345-FGHIJ`.
 */
export const ACTIVATION_CODE_GROUPS = 3
export const ACTIVATION_CODE_GROUP_LENGTH = 5
export const ACTIVATION_CODE_LENGTH = ACTIVATION_CODE_GROUPS * ACTIVATION_CODE_GROUP_LENGTH
/** Longest raw input we accept (a code with generous separators); anything longer is refused. */
export const ACTIVATION_CODE_MAX_INPUT = 40

/** Spaces of any kind and every dash-like character a paste may bring. */
const separators = /[\s\u00a0\u2000-\u200b\u202f\u3000\-\u2010-\u2015\u2212]/g

export type ActivationCodeProblem = 'required' | 'tooLong' | 'characters' | 'length'

export type ActivationCodeCheck =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly problem: ActivationCodeProblem }

export function checkActivationCode(raw: string): ActivationCodeCheck {
  if (raw.length > ACTIVATION_CODE_MAX_INPUT) return { ok: false, problem: 'tooLong' }
  const compact = raw.replace(separators, '')
  if (compact === '') return { ok: false, problem: 'required' }
  if (!/^[A-Za-z0-9]+$/.test(compact)) return { ok: false, problem: 'characters' }
  if (compact.length !== ACTIVATION_CODE_LENGTH) return { ok: false, problem: 'length' }
  const upper = compact.toUpperCase()
  const groups = Array.from({ length: ACTIVATION_CODE_GROUPS }, (_, index) =>
    upper.slice(index * ACTIVATION_CODE_GROUP_LENGTH, (index + 1) * ACTIVATION_CODE_GROUP_LENGTH),
  )
  return { ok: true, code: groups.join('-') }
}

/** The canonical form of a valid code, or null. */
export function normalizeActivationCode(raw: string): string | null {
  const result = checkActivationCode(raw)
  return result.ok ? result.code : null
}
