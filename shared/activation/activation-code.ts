import { z } from 'zod'

/**
 * Activation codes. Their shape is a per-portal setting, because no Mayo Clinic source states
 * one: the default is Epic MyChart's usual practice, 3 groups of 5 letters or digits, not
 * case-sensitive. Patients type or paste codes with or without spaces and dashes, so separators
 * are ignored and a code of the usual shape is shown in one canonical form (`ABCDE-12345-FGHIJ`).
 *
 * A code of another shape is NOT refused (the kiosk must never be stricter than the official
 * form): it is kept as typed and the patient is asked to check it once before continuing.
 */
export const activationCodeShapeSchema = z
  .object({
    /** How many groups the usual code has. */
    groups: z.number().int().min(1).max(6).default(3),
    /** How many letters or digits are in each group. */
    groupLength: z.number().int().min(1).max(12).default(5),
  })
  .strict()
export type ActivationCodeShape = z.output<typeof activationCodeShapeSchema>

/** Epic MyChart practice, used when a portal profile does not say otherwise. */
export const DEFAULT_CODE_SHAPE: ActivationCodeShape = { groups: 3, groupLength: 5 }

/** Longest raw input we accept (a long code with generous separators); longer is refused. */
export const ACTIVATION_CODE_MAX_INPUT = 80

/** Spaces of any kind and every dash-like character a paste may bring. */
const separators = /[\s\u00a0\u2000-\u200b\u202f\u3000\-\u2010-\u2015\u2212]/g

export type ActivationCodeProblem = 'required' | 'tooLong'

export type ActivationCodeCheck =
  | {
      readonly ok: true
      /** Canonical when `usualShape`, else what the patient typed (trimmed, spaces collapsed). */
      readonly code: string
      /** False: a code of another shape, which the patient is asked to check. */
      readonly usualShape: boolean
    }
  | { readonly ok: false; readonly problem: ActivationCodeProblem }

export function checkActivationCode(
  raw: string,
  shape: ActivationCodeShape = DEFAULT_CODE_SHAPE,
): ActivationCodeCheck {
  if (raw.length > ACTIVATION_CODE_MAX_INPUT) return { ok: false, problem: 'tooLong' }
  const compact = raw.replace(separators, '')
  if (compact === '') return { ok: false, problem: 'required' }
  const length = shape.groups * shape.groupLength
  if (!/^[A-Za-z0-9]+$/.test(compact) || compact.length !== length)
    return { ok: true, code: raw.trim().replace(/\s+/g, ' '), usualShape: false }
  const upper = compact.toUpperCase()
  const groups = Array.from({ length: shape.groups }, (_, index) =>
    upper.slice(index * shape.groupLength, (index + 1) * shape.groupLength),
  )
  return { ok: true, code: groups.join('-'), usualShape: true }
}

/** The canonical form of a code of the usual shape, or null (for any other input). */
export function normalizeActivationCode(
  raw: string,
  shape: ActivationCodeShape = DEFAULT_CODE_SHAPE,
): string | null {
  const result = checkActivationCode(raw, shape)
  return result.ok && result.usualShape ? result.code : null
}

/** "ABCDE-12345-FGHIJ"-style example for a shape, for hints in the patient's language. */
export function exampleCode(shape: ActivationCodeShape): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  return Array.from({ length: shape.groups }, (_, group) =>
    Array.from(
      { length: shape.groupLength },
      (_, index) => alphabet[(group * shape.groupLength + index) % alphabet.length],
    ).join(''),
  ).join('-')
}
