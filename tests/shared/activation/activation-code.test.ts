import { describe, expect, it } from 'vitest'

import {
  checkActivationCode,
  normalizeActivationCode,
} from '../../../shared/activation/activation-code'

describe('activation code normalisation', () => {
  it.each([
    ['ABCDE-12345-FGHIJ', 'ABCDE-12345-FGHIJ'],
    ['abcde12345fghij', 'ABCDE-12345-FGHIJ'],
    ['abcde 12345 fghij', 'ABCDE-12345-FGHIJ'],
    ['  AbCdE - 12345 - fGhIj  ', 'ABCDE-12345-FGHIJ'],
    ['abcde\u201312345\u2014fghij', 'ABCDE-12345-FGHIJ'], // en/em dashes from a pasted document
    ['abcde\u00a012345\tfghij', 'ABCDE-12345-FGHIJ'], // non-breaking space and tab
    ['a-b-c-d-e-1-2-3-4-5-f-g-h-i-j', 'ABCDE-12345-FGHIJ'],
  ])('accepts %j as %s', (raw, canonical) => {
    expect(normalizeActivationCode(raw)).toBe(canonical)
  })

  it.each([
    ['', 'required'],
    ['  - - ', 'required'],
    ['ABCDE-12345-FGHI', 'length'],
    ['ABCDE-12345-FGHIJK', 'length'],
    ['ABCDE-12345-FGHI!', 'characters'],
    ['ABCDÉ-12345-FGHIJ', 'characters'],
    ['ABCDE_12345_FGHIJ', 'characters'],
    ['A'.repeat(41), 'tooLong'],
  ] as const)('refuses %j (%s)', (raw, problem) => {
    expect(checkActivationCode(raw)).toEqual({ ok: false, problem })
    expect(normalizeActivationCode(raw)).toBeNull()
  })
})
