import { describe, expect, it } from 'vitest'

import type { AccountHolder } from '../../../shared/activation/account-holder'
import { activationErrorKeys } from '../../../shared/activation/activation-errors'
import {
  createActivationSchema,
  emptyActivationInput,
  type ActivationInput,
} from '../../../shared/activation/activation-schema'
import { ageOn, isLeapYear } from '../../../shared/activation/calendar-date'

/** "Today" for every test: 15 June 2025, local time. */
const today = () => new Date(2025, 5, 15, 10, 30)
const schema = createActivationSchema(today)

const valid: ActivationInput = {
  accountHolder: 'self',
  activationCode: 'abcde 12345 fghij',
  firstName: 'María José',
  lastName: 'García-López',
  dateOfBirth: { month: '2', day: '29', year: '1984' },
  email: 'maria@example.org',
  mayoClinicNumber: '12-345-678',
}

function withValues(patch: Partial<ActivationInput>): ActivationInput {
  return { ...valid, ...patch }
}

/** The error keys per field, or {} when valid. */
function problems(input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input)
  if (result.success) return {}
  const byField: Record<string, string[]> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '(form)')
    byField[field] = [...(byField[field] ?? []), issue.message]
  }
  return byField
}

describe('the activation schema', () => {
  it('normalises a valid set of details', () => {
    expect(schema.parse(valid)).toEqual({
      accountHolder: 'self',
      activationCode: 'ABCDE-12345-FGHIJ',
      firstName: 'María José',
      lastName: 'García-López',
      dateOfBirth: '1984-02-29',
      email: 'maria@example.org',
      mayoClinicNumber: '12345678',
    })
  })

  it('treats an empty Mayo Clinic number as not given', () => {
    expect(schema.parse(withValues({ mayoClinicNumber: '  ' })).mayoClinicNumber).toBeUndefined()
  })

  it('reports every empty required field at once', () => {
    expect(problems(emptyActivationInput('self'))).toEqual({
      activationCode: ['errors.activationCode.required'],
      firstName: ['errors.firstName.required'],
      lastName: ['errors.lastName.required'],
      dateOfBirth: ['errors.dateOfBirth.required'],
      email: ['errors.email.required'],
    })
  })

  it('refuses unknown fields (strict), so nothing extra crosses IPC', () => {
    expect(schema.safeParse({ ...valid, password: 'x' }).success).toBe(false)
  })

  describe('legal names', () => {
    it.each([
      'José',
      'Zoë',
      'O’Brien',
      "O'Brien",
      'Anne-Marie',
      'Nguyễn Văn',
      'ʻIolani',
      'Łukasz',
      'Søren',
      'Ngũgĩ',
      'Муравьёва',
      '  Mary   Ann  ',
      'e\u0301lise', // decomposed é, normalised to NFC
      'A'.repeat(100),
    ])('accepts %j', (name) => {
      expect(problems(withValues({ firstName: name, lastName: name }))).toEqual({})
    })

    it('trims, collapses spaces and normalises to NFC', () => {
      const parsed = schema.parse(
        withValues({ firstName: '  Mary   Ann ', lastName: 'e\u0301lise' }),
      )
      expect(parsed.firstName).toBe('Mary Ann')
      expect(parsed.lastName).toBe('\u00e9lise')
    })

    it.each([
      ['', 'required'],
      ['   ', 'required'],
      ['A'.repeat(101), 'tooLong'],
      ['A'.repeat(5000), 'tooLong'],
      ['R2D2', 'characters'],
      ['-', 'characters'], // no letter at all
      ["'.,", 'characters'],
      ['<script>', 'characters'],
      ['Ann😀', 'characters'],
    ])('refuses %j (%s)', (name, reason) => {
      expect(problems(withValues({ lastName: name }))).toEqual({
        lastName: [`errors.lastName.${reason}`],
      })
    })
  })

  describe('activation codes', () => {
    it.each([
      'ABCDE-12345-FGHIJ',
      'abcde12345fghij',
      ' abcde - 12345 - fghij ',
      'AbCdE 12345 fGhIj',
    ])('accepts the pasted form %j', (code) => {
      expect(schema.parse(withValues({ activationCode: code })).activationCode).toBe(
        'ABCDE-12345-FGHIJ',
      )
    })

    it.each(['ABCDE-12345', 'ABCDE-12345-FGHIJ-1', 'ABCDE-12345-FGH?J', 'abcd efgh'])(
      'keeps a code of another shape as typed (the patient is asked to check it): %j',
      (code) => {
        expect(schema.parse(withValues({ activationCode: ` ${code} ` })).activationCode).toBe(code)
      },
    )

    it('follows the portal’s own code shape', () => {
      const fourByFour = createActivationSchema(today, { groups: 4, groupLength: 4 })
      expect(
        fourByFour.parse(withValues({ activationCode: 'abcd efgh 2345 6789' })).activationCode,
      ).toBe('ABCD-EFGH-2345-6789')
    })

    it.each([
      ['', 'required'],
      ['X'.repeat(81), 'tooLong'],
      ['X'.repeat(1000), 'tooLong'],
    ])('refuses %j (%s)', (code, reason) => {
      expect(problems(withValues({ activationCode: code }))).toEqual({
        activationCode: [`errors.activationCode.${reason}`],
      })
    })
  })

  describe('dates of birth', () => {
    const dob = (month: string, day: string, year: string, accountHolder: AccountHolder = 'self') =>
      problems(withValues({ accountHolder, dateOfBirth: { month, day, year } }))['dateOfBirth'] ??
      []

    it('knows the leap years', () => {
      expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true])
    })

    it.each([
      ['2', '29', '2000', 'self'],
      ['2', '29', '1996', 'caregiver'],
      ['02', '28', '2001', 'self'],
      ['12', '31', '1950', 'self'],
      ['6', '15', '2007', 'self'], // 18 today
      ['6', '15', '2007', 'caregiver'], // 18 today
      ['6', '15', '2012', 'teen'], // 13 today
      ['6', '16', '2007', 'teen'], // 17, turns 18 tomorrow
      ['1', '1', '1900', 'self'], // 125
    ] as const)('accepts %s/%s/%s for %s', (month, day, year, holder) => {
      expect(dob(month, day, year, holder)).toEqual([])
    })

    it.each([
      ['', '', '', 'self', 'required'],
      ['2', '', '1990', 'self', 'incomplete'],
      ['ab', '1', '1990', 'self', 'notNumbers'],
      ['2', '1', '90', 'self', 'yearFormat'],
      ['2', '1', '19900', 'self', 'yearFormat'],
      ['2', '29', '2001', 'self', 'notRealDate'], // not a leap year
      ['2', '29', '1900', 'self', 'notRealDate'], // century, not a leap year
      ['2', '30', '2000', 'self', 'notRealDate'],
      ['4', '31', '1990', 'self', 'notRealDate'],
      ['13', '1', '1990', 'self', 'notRealDate'],
      ['0', '10', '1990', 'self', 'notRealDate'],
      ['6', '16', '2025', 'self', 'future'], // tomorrow
      ['1', '1', '2030', 'self', 'future'],
      ['1', '1', '1890', 'self', 'tooOld'],
      ['6', '16', '2007', 'self', 'selfTooYoung'], // 18 tomorrow: the teen path
      ['6', '15', '2012', 'self', 'selfTooYoung'], // 13 today: the teen path
      ['6', '15', '2025', 'self', 'selfTooYoung'], // born today
      ['6', '16', '2007', 'caregiver', 'caregiverTooYoung'], // 18 tomorrow
      ['6', '16', '2012', 'teen', 'teenTooYoung'],
      ['6', '15', '2007', 'teen', 'teenTooOld'], // 18 today
      ['1', '1', '1980', 'teen', 'teenTooOld'],
    ] as const)('refuses %s/%s/%s for %s (%s)', (month, day, year, holder, reason) => {
      expect(dob(month, day, year, holder)).toEqual([`errors.dateOfBirth.${reason}`])
    })

    it('checks the age rule even when other fields have problems', () => {
      const input = withValues({
        email: 'nope',
        dateOfBirth: { month: '1', day: '1', year: '2020' },
      })
      expect(problems(input)).toEqual({
        email: ['errors.email.invalid'],
        dateOfBirth: ['errors.dateOfBirth.selfTooYoung'],
      })
    })

    it('counts a 29 February birthday from 1 March in other years', () => {
      const birth = { year: 2012, month: 2, day: 29 }
      expect(ageOn(birth, { year: 2025, month: 2, day: 28 })).toBe(12)
      expect(ageOn(birth, { year: 2025, month: 3, day: 1 })).toBe(13)
    })
  })

  describe('email and Mayo Clinic number', () => {
    it.each(['a@b.co', 'first.last+kiosk@sub.example.org', 'JOSE.GARCIA@EXAMPLE.ORG'])(
      'accepts the email %j',
      (email) => expect(problems(withValues({ email }))).toEqual({}),
    )

    it.each([
      ['', 'required'],
      ['maria', 'invalid'],
      ['maria@', 'invalid'],
      ['maria@example', 'invalid'],
      ['ma ria@example.org', 'invalid'],
      [`${'a'.repeat(250)}@example.org`, 'tooLong'],
    ])('refuses the email %j (%s)', (email, reason) => {
      expect(problems(withValues({ email }))).toEqual({ email: [`errors.email.${reason}`] })
    })

    it.each(['1234', '1234567890123', '12 345 678'])(
      'accepts the Mayo Clinic number %j (no length is published, so none is enforced)',
      (mayoClinicNumber) => expect(problems(withValues({ mayoClinicNumber }))).toEqual({}),
    )

    it.each([['12A45678', 'characters']])(
      'refuses the Mayo Clinic number %j (%s)',
      (mayoClinicNumber, reason) => {
        expect(problems(withValues({ mayoClinicNumber }))).toEqual({
          mayoClinicNumber: [`errors.mayoClinicNumber.${reason}`],
        })
      },
    )
  })

  it('only ever reports known translation keys, never the value', () => {
    const inputs = [
      emptyActivationInput('teen'),
      withValues({ firstName: 'CANARY9', activationCode: 'CANARY', email: 'CANARY' }),
    ]
    for (const input of inputs) {
      for (const messages of Object.values(problems(input)))
        for (const message of messages) {
          expect(activationErrorKeys).toContain(message)
          expect(message).not.toMatch(/canary/i)
        }
    }
  })
})
