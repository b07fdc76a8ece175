// @vitest-environment node
import type * as nodeCrypto from 'node:crypto'
import { timingSafeEqual } from 'node:crypto'

import { describe, expect, it, vi } from 'vitest'

import { hashPin, pinHashSnippet, verifyPin } from '../../../electron/main/staff/pin-hash'
import { checkPinPolicy } from '../../../electron/main/staff/pin-policy'
import { parseConfig } from '../../../shared/config/default-config'
import { validConfigJson, withChange } from '../../shared/config/config-fixtures'

// The real crypto module, with timingSafeEqual observed to prove the compare goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof nodeCrypto>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

/** The cheapest parameters the schema allows, to keep the tests quick. */
const fast = { N: 16_384, r: 8, p: 1, keyLength: 32 }

describe('the PIN policy', () => {
  it.each([
    ['135790', null],
    ['24681357', null],
    ['909192', null],
    ['', 'not-digits'],
    ['12 34 56', 'not-digits'],
    ['１３５７９０', 'not-digits'],
    ['13579', 'too-short'],
    ['1357924680135', 'too-long'],
    ['000000', 'all-same'],
    ['77777777', 'all-same'],
    ['123456', 'sequence'],
    ['987654', 'sequence'],
    ['789012', 'sequence'],
    ['3210987', 'sequence'],
  ])('%j → %s', (pin, expected) => {
    expect(checkPinPolicy(pin)).toBe(expected)
  })
})

describe('hashing and checking a PIN', () => {
  it('verifies the right PIN and rejects any other', async () => {
    const stored = await hashPin('135790', fast)
    expect(await verifyPin('135790', stored)).toBe(true)
    expect(await verifyPin('135791', stored)).toBe(false)
    expect(await verifyPin('1357900', stored)).toBe(false)
  })

  it('salts every hash, so the same PIN never gives the same hash', async () => {
    const [a, b] = await Promise.all([hashPin('135790', fast), hashPin('135790', fast)])
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('compares the whole derived key in constant time', async () => {
    const stored = await hashPin('135790', fast)
    vi.mocked(timingSafeEqual).mockClear()
    expect(await verifyPin('000001', stored)).toBe(false)
    expect(timingSafeEqual).toHaveBeenCalledTimes(1)
    const [actual, expected] = vi.mocked(timingSafeEqual).mock.calls[0] ?? []
    expect(actual?.byteLength).toBe(32)
    expect(expected?.byteLength).toBe(32)
  })

  it('prints a snippet the configuration schema accepts, without the PIN', async () => {
    const stored = await hashPin('135790')
    const snippet = pinHashSnippet(stored)
    expect(snippet).not.toContain('135790')
    const parsed = JSON.parse(snippet) as { staff: unknown }
    const result = parseConfig(withChange('staff', parsed.staff, validConfigJson()))
    expect(result.ok).toBe(true)
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 32_768, r: 8, p: 1, keyLength: 64 })
  })
})
