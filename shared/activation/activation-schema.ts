import { z } from 'zod'

import { accountHolders, ageLimits, type AccountHolder } from './account-holder'
import {
  checkActivationCode,
  DEFAULT_CODE_SHAPE,
  type ActivationCodeShape,
} from './activation-code'
import { activationErrorKey as key } from './activation-errors'
import {
  ageOn,
  compareDates,
  fromIsoDate,
  isRealDate,
  localCalendarDate,
  toIsoDate,
} from './calendar-date'

/**
 * THE schema of the activation details: the renderer's form uses it through zodResolver, and
 * main parses the same values with it when they cross IPC. Messages are translation keys
 * (activation-errors.ts), never text, and never contain the value.
 *
 * Input: what the form holds (strings as typed). Output: normalised values (canonical code,
 * trimmed names in NFC, ISO date of birth, compact Mayo Clinic number or undefined).
 */

/**
 * Generous: no source gives the official form's limit, and the kiosk must never refuse a name
 * the official form takes. (The Mayo Clinic number has no length rule at all: none is published.)
 */
export const NAME_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254
/** Generous cap on raw input of any field, so a huge paste is refused rather than processed. */
const RAW_MAX = 300

/**
 * A legal name as IDs print it: letters of any script with their combining marks, spaces,
 * apostrophes (straight, curly, and the modifier letters ʼ ʻ), hyphens, periods and commas —
 * "José", "O’Brien", "ʻIolani", "'t Hooft", "Nguyễn Văn", "King, Jr.", "St. John", "محمد",
 * "अर्जुन". At least one letter; nothing else (no digits, symbols, emoji or control characters).
 */
const nameCharacters = /^[\p{L}\p{M} '’‘ʼ\-\u2010\u2011.,]+$/u
const hasLetter = /\p{L}/u
const legalName = { test: (name: string) => nameCharacters.test(name) && hasLetter.test(name) }

function legalNameField(field: 'firstName' | 'lastName') {
  return z
    .string()
    .max(RAW_MAX, key(field, 'tooLong'))
    .transform((raw) => raw.normalize('NFC').trim().replace(/\s+/g, ' '))
    .superRefine((name, context) => {
      const reason =
        name === ''
          ? 'required'
          : name.length > NAME_MAX_LENGTH
            ? 'tooLong'
            : legalName.test(name)
              ? null
              : 'characters'
      if (reason !== null) context.addIssue({ code: 'custom', message: key(field, reason) })
    })
}

function activationCodeField(shape: ActivationCodeShape) {
  return z
    .string()
    .max(RAW_MAX, key('activationCode', 'tooLong'))
    .transform((raw, context) => {
      const result = checkActivationCode(raw.trim(), shape)
      if (result.ok) return result.code
      context.addIssue({ code: 'custom', message: key('activationCode', result.problem) })
      return z.NEVER
    })
}

/**
 * The main path (no pre-fill configured): the kiosk asks for the activation code only, because
 * "Insert my activation code" is the one use it makes of anything typed.
 */
export function createActivationCodeSchema(shape: ActivationCodeShape = DEFAULT_CODE_SHAPE) {
  return z.object({ activationCode: activationCodeField(shape) }).strict()
}
export type ActivationCodeInput = z.input<ReturnType<typeof createActivationCodeSchema>>

const emailField = z
  .string()
  .max(RAW_MAX, key('email', 'tooLong'))
  .transform((raw) => raw.trim())
  .superRefine((email, context) => {
    const reason =
      email === ''
        ? 'required'
        : email.length > EMAIL_MAX_LENGTH
          ? 'tooLong'
          : z.regexes.email.test(email)
            ? null
            : 'invalid'
    if (reason !== null) context.addIssue({ code: 'custom', message: key('email', reason) })
  })

/**
 * Optional; typed with or without spaces or dashes ("12-345-678"), kept as digits only. No
 * length rule: no source states one.
 */
const mayoClinicNumberField = z
  .string()
  .max(RAW_MAX, key('mayoClinicNumber', 'characters'))
  .transform((raw, context) => {
    const compact = raw.replace(/[\s-]/g, '')
    if (compact === '') return undefined
    if (!/^[0-9]+$/.test(compact)) {
      context.addIssue({ code: 'custom', message: key('mayoClinicNumber', 'characters') })
      return z.NEVER
    }
    return compact
  })

function dateOfBirthField(today: () => Date) {
  const part = z.string().max(RAW_MAX, key('dateOfBirth', 'notNumbers'))
  return z
    .object({ month: part, day: part, year: part })
    .strict()
    .transform((parts, context) => {
      const month = parts.month.trim()
      const day = parts.day.trim()
      const year = parts.year.trim()
      const fail = (reason: Parameters<typeof key<'dateOfBirth'>>[1]) => {
        context.addIssue({ code: 'custom', message: key('dateOfBirth', reason) })
        return z.NEVER
      }
      const filled = [month, day, year].filter((value) => value !== '').length
      if (filled === 0) return fail('required')
      if (filled < 3) return fail('incomplete')
      if (![month, day, year].every((value) => /^[0-9]+$/.test(value))) return fail('notNumbers')
      if (month.length > 2 || day.length > 2) return fail('notRealDate')
      if (year.length !== 4) return fail('yearFormat')
      const date = { year: Number(year), month: Number(month), day: Number(day) }
      if (!isRealDate(date)) return fail('notRealDate')
      const now = localCalendarDate(today())
      if (compareDates(date, now) > 0) return fail('future')
      if (ageOn(date, now) > ageLimits.self.max) return fail('tooOld')
      return toIsoDate(date)
    })
}

const tooYoung: Record<AccountHolder, 'selfTooYoung' | 'caregiverTooYoung' | 'teenTooYoung'> = {
  self: 'selfTooYoung',
  caregiver: 'caregiverTooYoung',
  teen: 'teenTooYoung',
}

/**
 * @param today the clock (injected so tests and main agree on "today"); the kiosk's local date.
 * @param codeShape the portal's usual activation-code shape (another shape is kept as typed).
 */
export function createActivationSchema(
  today: () => Date = () => new Date(),
  codeShape: ActivationCodeShape = DEFAULT_CODE_SHAPE,
) {
  return z
    .object({
      accountHolder: z.enum(accountHolders),
      activationCode: activationCodeField(codeShape),
      // A field is left out when the portal's form has no selector for it: the kiosk asks only
      // for what it can fill in. A field that is present is checked in full (empty = required).
      firstName: legalNameField('firstName').optional(),
      lastName: legalNameField('lastName').optional(),
      dateOfBirth: dateOfBirthField(today).optional(),
      email: emailField.optional(),
      mayoClinicNumber: mayoClinicNumberField.optional(),
    })
    .strict()
    .check(
      // The age rule depends on who the account is for. It runs even when other fields have
      // problems (so every error shows at once), but only once the date itself is valid.
      z.superRefine(
        (values, context) => {
          if (values.dateOfBirth === undefined) return
          const birth = fromIsoDate(values.dateOfBirth)
          if (birth === null) return
          const limits = ageLimits[values.accountHolder]
          const age = ageOn(birth, localCalendarDate(today()))
          const reason =
            age < limits.min
              ? tooYoung[values.accountHolder]
              : age > limits.max && values.accountHolder === 'teen'
                ? 'teenTooOld'
                : null
          if (reason !== null)
            context.addIssue({
              code: 'custom',
              path: ['dateOfBirth'],
              message: key('dateOfBirth', reason),
            })
        },
        {
          when: (payload) =>
            !payload.issues.some(
              (issue) => issue.path?.[0] === 'dateOfBirth' || issue.path?.[0] === 'accountHolder',
            ),
        },
      ),
    )
}

export const activationSchema = createActivationSchema()
export type ActivationSchema = ReturnType<typeof createActivationSchema>
/** What the form holds. */
export type ActivationInput = z.input<ActivationSchema>
/** The validated, normalised details. */
export type ActivationDetails = z.output<ActivationSchema>

/** The details besides the code, which the form asks for only when it can fill them in. */
export const personalFields = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'mayoClinicNumber',
] as const
export type PersonalField = (typeof personalFields)[number]

/** An empty form with the fields `asked` (every field unless told otherwise). */
export const emptyActivationInput = (
  accountHolder: AccountHolder,
  asked: readonly PersonalField[] = personalFields,
): ActivationInput => {
  const empty = {
    firstName: '',
    lastName: '',
    dateOfBirth: { month: '', day: '', year: '' },
    email: '',
    mayoClinicNumber: '',
  }
  return {
    accountHolder,
    activationCode: '',
    ...Object.fromEntries(asked.map((field) => [field, empty[field]])),
  }
}

/**
 * The form input that produces `details` again: what the renderer sends when main must check
 * the same values with the same schema (pre-filling the official form).
 */
export function toActivationInput(details: ActivationDetails): ActivationInput {
  const date = details.dateOfBirth
  const [year = '', month = '', day = ''] = date?.split('-') ?? []
  return {
    accountHolder: details.accountHolder,
    activationCode: details.activationCode,
    ...(details.firstName === undefined ? {} : { firstName: details.firstName }),
    ...(details.lastName === undefined ? {} : { lastName: details.lastName }),
    ...(date === undefined
      ? {}
      : { dateOfBirth: { month: String(Number(month)), day: String(Number(day)), year } }),
    ...(details.email === undefined ? {} : { email: details.email }),
    ...(details.mayoClinicNumber === undefined
      ? {}
      : { mayoClinicNumber: details.mayoClinicNumber }),
  }
}
