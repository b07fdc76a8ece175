import { describe, expect, it } from 'vitest'

import {
  checkActivationCode,
  DEFAULT_CODE_SHAPE,
  exampleCode,
  normalizeActivationCode,
} from '../../../shared/activation/activation-code'

describe('activation codes (default shape: Epic practice, 3 groups of 5)', () => {
  it.each([
    ['ABCDE-12345-FGHIJ', 'ABCDE-12345-FGHIJ'],
    ['abcde12345fghij', 'ABCDE-12345-FGHIJ'],
    ['abcde 12345 fghij', 'ABCDE-12345-FGHIJ'],
    ['  AbCdE - 12345 - fGhIj  ', 'ABCDE-12345-FGHIJ'],
    ['abcde\u201312345\u2014fghij', 'ABCDE-12345-FGHIJ'], // en/em dashes from a pasted document
    ['abcde\u00a012345\tfghij', 'ABCDE-12345-FGHIJ'], // non-breaking space and tab
    ['a-b-c-d-e-1-2-3-4-5-f-g-h-i-j', 'ABCDE-12345-FGHIJ'],
  ])('accepts %j as %s (case- and separator-tolerant)', (raw, canonical) => {
    expect(checkActivationCode(raw)).toEqual({ ok: true, code: canonical, usualShape: true })
    expect(normalizeActivationCode(raw)).toBe(canonical)
  })

  it.each([
    ['ABCDE-12345-FGHI', 'ABCDE-12345-FGHI'],
    ['ABCDE-12345-FGHIJK', 'ABCDE-12345-FGHIJK'],
    ['ABCDE-12345-FGHI!', 'ABCDE-12345-FGHI!'],
    ['ABCDÉ-12345-FGHIJ', 'ABCDÉ-12345-FGHIJ'],
    ['  abc   def ', 'abc def'],
  ])(
    'lets %j of another shape continue, kept as typed (%j), for the patient to check',
    (raw, kept) => {
      expect(checkActivationCode(raw)).toEqual({ ok: true, code: kept, usualShape: false })
      expect(normalizeActivationCode(raw)).toBeNull()
    },
  )

  it.each([
    ['', 'required'],
    ['  - - ', 'required'],
    ['A'.repeat(81), 'tooLong'],
  ] as const)('refuses %j (%s)', (raw, problem) => {
    expect(checkActivationCode(raw)).toEqual({ ok: false, problem })
  })

  it('follows another configured shape', () => {
    const shape = { groups: 2, groupLength: 6 }
    expect(checkActivationCode('abc123 def456', shape)).toEqual({
      ok: true,
      code: 'ABC123-DEF456',
      usualShape: true,
    })
    expect(checkActivationCode('ABCDE-12345-FGHIJ', shape)).toMatchObject({ usualShape: false })
    expect(exampleCode(shape)).toMatch(/^[A-Z0-9]{6}-[A-Z0-9]{6}$/)
    expect(exampleCode(DEFAULT_CODE_SHAPE)).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/)
  })
})
