import { z } from 'zod'

/**
 * The staff PIN as stored in the configuration: an scrypt hash with its parameters and salt,
 * produced by `npm run hash-pin`. The PIN itself is never stored anywhere.
 */

/** Most memory one PIN check may take (scrypt needs 128 × N × r bytes). */
export const SCRYPT_MAX_MEMORY_BYTES = 256 * 1024 * 1024

/** Bytes encoded by canonical, padded base64, or null when the text is not canonical base64. */
export function base64ByteLength(text: string): number | null {
  if (text.length === 0 || text.length % 4 !== 0) return null
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return (text.length / 4) * 3 - padding
}

const base64Schema = (minBytes: number) =>
  z.string().refine((value) => {
    const bytes = base64ByteLength(value)
    return bytes !== null && bytes >= minBytes
  }, `must be base64 of at least ${minBytes} bytes`)

export const scryptPinHashSchema = z
  .object({
    algorithm: z.literal('scrypt', { error: 'must be "scrypt"' }),
    N: z
      .number()
      .int()
      .min(16_384)
      .max(1_048_576)
      .refine((n) => (n & (n - 1)) === 0, 'must be a power of two, e.g. 32768'),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(16),
    keyLength: z.number().int().min(32).max(128),
    salt: base64Schema(16),
    hash: base64Schema(32),
  })
  .strict()
  .superRefine((pin, context) => {
    if (128 * pin.N * pin.r > SCRYPT_MAX_MEMORY_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['N'],
        message: 'with this r, needs more than 256 MiB per check (lower N or r)',
      })
    }
    const hashBytes = base64ByteLength(pin.hash)
    if (hashBytes !== null && hashBytes !== pin.keyLength) {
      context.addIssue({
        code: 'custom',
        path: ['hash'],
        message: `must be ${pin.keyLength} bytes long (keyLength), found ${hashBytes}`,
      })
    }
  })
export type ScryptPinHash = z.output<typeof scryptPinHashSchema>
