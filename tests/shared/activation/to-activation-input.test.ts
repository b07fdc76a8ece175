import { describe, expect, it } from 'vitest'

import {
  createActivationSchema,
  toActivationInput,
} from '../../../shared/activation/activation-schema'

const schema = createActivationSchema(() => new Date(2026, 10, 29))

describe('toActivationInput', () => {
  it.each([
    {
      accountHolder: 'self',
      activationCode: 'abcde-12345-fghij',
      firstName: ' Ana  María ',
      lastName: 'Núñez',
      dateOfBirth: { month: '02', day: '09', year: '1990' },
      email: 'ana@example.org',
      mayoClinicNumber: '',
    },
    {
      accountHolder: 'teen',
      activationCode: 'ABCDE12345FGHIJ',
      firstName: 'Lee',
      lastName: 'O’Brien',
      dateOfBirth: { month: '12', day: '31', year: '2011' },
      email: 'lee@example.org',
      mayoClinicNumber: '12 345 678',
    },
  ] as const)('gives input that the same schema turns into the same details', (input) => {
    const details = schema.parse(input)
    expect(schema.parse(toActivationInput(details))).toEqual(details)
  })
})
