import { defaultConfigInput } from '../../../shared/config/default-config'

/** A plain-JSON copy of the embedded default, for tests to break one thing at a time. */
export type JsonObject = { [key: string]: unknown }

export function validConfigJson(): JsonObject {
  return JSON.parse(JSON.stringify(defaultConfigInput)) as JsonObject
}

/** Sets `value` at a dotted path ("portals.0.signUpUrl"); `undefined` deletes the key. */
export function withChange(path: string, value: unknown, base = validConfigJson()): JsonObject {
  const keys = path.split('.')
  let target = base as Record<string, unknown>
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
  const last = keys.at(-1) as string
  if (value === undefined) Reflect.deleteProperty(target, last)
  else target[last] = value
  return base
}

/** A well-formed PIN hash (16-byte salt, 64-byte hash) for schema tests. */
export const samplePinHash = {
  algorithm: 'scrypt',
  N: 32768,
  r: 8,
  p: 1,
  keyLength: 64,
  salt: Buffer.alloc(16, 1).toString('base64'),
  hash: Buffer.alloc(64, 2).toString('base64'),
}
