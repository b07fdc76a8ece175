import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

import type { ScryptPinHash } from '../../../shared/config/pin-hash-schema'

/**
 * Hashing and checking the staff PIN. One implementation, used by main to check a PIN and by
 * `npm run hash-pin` to produce the configuration snippet.
 *
 * scrypt is memory-hard, so guessing offline from a stolen config is slow; the online guesses
 * are capped by the lockout. The default costs ~32 MiB and well under a second per check.
 */
export const defaultScryptParams = { N: 32_768, r: 8, p: 1, keyLength: 64 } as const
export type ScryptParams = Pick<ScryptPinHash, 'N' | 'r' | 'p' | 'keyLength'>

const SALT_BYTES = 16

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses scrypt above 32 MiB by default; allow exactly what these parameters need.
    maxmem: 128 * params.N * params.r * 2,
  }
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, params.keyLength, options, (error, key) => {
      if (error === null) resolve(key)
      else reject(error)
    })
  })
}

export async function hashPin(
  pin: string,
  params: ScryptParams = defaultScryptParams,
  salt: Buffer = randomBytes(SALT_BYTES),
): Promise<ScryptPinHash> {
  const key = await derive(pin, salt, params)
  return {
    algorithm: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  }
}

/** True when `pin` matches; compares in constant time so timing says nothing about the hash. */
export async function verifyPin(pin: string, stored: ScryptPinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64')
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored)
  // The schema guarantees equal lengths; timingSafeEqual would throw otherwise, so check anyway.
  if (actual.length !== expected.length) return false
  return timingSafeEqual(actual, expected)
}

/** The snippet `npm run hash-pin` prints, ready to paste into the configuration file. */
export function pinHashSnippet(pinHash: ScryptPinHash): string {
  return JSON.stringify({ staff: { pinHash } }, null, 2)
}
