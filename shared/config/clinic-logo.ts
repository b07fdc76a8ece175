import { z } from 'zod'

import { localizedTextSchema } from './localized-text'

/**
 * The clinic's optional logo on the welcome screen (`clinicLogo` in the configuration).
 *
 * - A LOCAL file only: no URL (the UI may load nothing remote), no network share (it may be
 *   missing at start-up), no SVG (an SVG is a document that can carry script and remote links).
 *   Main reads it when the configuration loads and hands the UI a `data:` URL (the CSP allows
 *   `img-src data:`), so the renderer never touches the disk.
 * - Pinned by `sha256`: the detached signature covers the configuration's bytes only, so a signed
 *   file naming an unsigned image would let whoever can write the image change what patients see
 *   under the clinic's name. With the hash inside the signed file, the image is signed too, with
 *   no second `.sig` for IT to keep in step. The same rule holds for unsigned files (one rule, and
 *   a swapped image is noticed instead of shown).
 * - `alt`: what the logo says, per language, when it says more than the clinic name printed
 *   beside it; absent, the image is decorative (`alt=""`) and screen readers skip it.
 */

/** Bytes: a logo for a 1080-px-wide screen needs far less; larger is the wrong file. */
export const MAX_LOGO_BYTES = 256 * 1024
/** Pixels per side. Below: a favicon, not a logo. Above: a photo (decoded, 2048² is 16 MB). */
export const MIN_LOGO_SIDE = 16
export const MAX_LOGO_SIDE = 2048

export const logoMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const
export type LogoMimeType = (typeof logoMimeTypes)[number]

const sha256Schema = z
  .string()
  .regex(
    /^[0-9a-fA-F]{64}$/,
    'must be the image file’s SHA-256 in hex, 64 characters (sha256sum, or Get-FileHash on Windows)',
  )

/** A scheme such as `https:` or `file:` — but not a Windows drive letter (`C:\…`). */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i
/** `\\server\share\…` or `//server/share/…`: a network path. */
const NETWORK_PATH = /^[\\/]{2}/
const IMAGE_NAME = /\.(png|jpe?g|webp)$/i

export const logoPathSchema = z
  .string()
  .min(1)
  .max(1024)
  .refine((path) => !SCHEME.test(path), {
    message: 'must be a file on this computer, not an address',
  })
  .refine((path) => !NETWORK_PATH.test(path), {
    message: 'must be a file on this computer, not a network share',
  })
  .refine((path) => IMAGE_NAME.test(path), {
    message: 'must be a .png, .jpg or .webp file (SVG is not accepted: it can carry script)',
  })

export const clinicLogoSchema = z
  .object({
    /** The image file; a relative path is read from the configuration file's folder. */
    path: logoPathSchema,
    /** The file's SHA-256 (hex), so a signed configuration also signs its image. */
    sha256: sha256Schema,
    /** What the logo says beyond the clinic name, per language; absent = decorative. */
    alt: localizedTextSchema.optional(),
  })
  .strict()
export type ClinicLogoSetting = z.output<typeof clinicLogoSchema>

/** What main sends the UI: the image itself, never its path. */
const MAX_LOGO_DATA_URL = 'data:image/webp;base64,'.length + Math.ceil(MAX_LOGO_BYTES / 3) * 4
export const publicClinicLogoSchema = z.object({
  src: z
    .string()
    .max(MAX_LOGO_DATA_URL)
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/),
  width: z.number().int().min(MIN_LOGO_SIDE).max(MAX_LOGO_SIDE),
  height: z.number().int().min(MIN_LOGO_SIDE).max(MAX_LOGO_SIDE),
  alt: localizedTextSchema.optional(),
})
export type PublicClinicLogo = z.output<typeof publicClinicLogoSchema>

export type LogoInspection =
  | {
      readonly ok: true
      readonly type: LogoMimeType
      readonly width: number
      readonly height: number
    }
  | { readonly ok: false; readonly message: string }

/**
 * What the bytes are, by their magic numbers and header (never by the file name), with the
 * picture's size from the header. Pure: no decoding, no Node or DOM, so main, the preview and
 * the tests share it. Anything not a well-formed PNG, JPEG or WebP header is refused.
 */
export function inspectLogoImage(bytes: Uint8Array): LogoInspection {
  if (bytes.byteLength > MAX_LOGO_BYTES)
    return fail(
      `is larger than ${MAX_LOGO_BYTES / 1024} KB: save it smaller (a logo needs far less)`,
    )
  const header = pngSize(bytes) ?? jpegSize(bytes) ?? webpSize(bytes)
  if (header === null) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256))
    return fail(
      /<svg|<\?xml/i.test(text)
        ? 'is an SVG: not accepted (it can carry script); export it as PNG'
        : 'is not a PNG, JPEG or WebP image',
    )
  }
  if (header.width === null) return fail(`is a damaged ${header.type} (its size cannot be read)`)
  const { width, height } = header
  if (
    width < MIN_LOGO_SIDE ||
    height < MIN_LOGO_SIDE ||
    width > MAX_LOGO_SIDE ||
    height > MAX_LOGO_SIDE
  )
    return fail(
      `is ${width}×${height} pixels: each side must be ${MIN_LOGO_SIDE} to ${MAX_LOGO_SIDE} pixels`,
    )
  return { ok: true, type: header.type, width, height }
}

type Header =
  { type: LogoMimeType; width: number; height: number } | { type: LogoMimeType; width: null }

const fail = (message: string): LogoInspection => ({ ok: false, message })
const be16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const le16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const le24 = (b: Uint8Array, at: number) => le16(b, at) | ((b[at + 2] ?? 0) << 16)
const be32 = (b: Uint8Array, at: number) => be16(b, at) * 0x10000 + be16(b, at + 2)
const ascii = (b: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...b.subarray(at, at + length))
const startsWith = (b: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => b[index] === byte)

/** PNG: the 8-byte signature, then the IHDR chunk (width, height as 32-bit big-endian). */
function pngSize(b: Uint8Array): Header | null {
  if (!startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return null
  if (b.byteLength < 24 || ascii(b, 12, 4) !== 'IHDR') return { type: 'image/png', width: null }
  return { type: 'image/png', width: be32(b, 16), height: be32(b, 20) }
}

/** JPEG: SOI, then segments until a start-of-frame marker, which holds height and width. */
function jpegSize(b: Uint8Array): Header | null {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return null
  let at = 2
  while (at + 9 < b.byteLength) {
    if (b[at] !== 0xff) break
    const marker = b[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { type: 'image/jpeg', width: be16(b, at + 7), height: be16(b, at + 5) }
    if (marker === 0xda || marker === 0xd9) break // scan data or end before any frame header
    at += 2 + be16(b, at + 2)
  }
  return { type: 'image/jpeg', width: null }
}

/** WebP: RIFF….WEBP, then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk. */
function webpSize(b: Uint8Array): Header | null {
  if (b.byteLength < 16 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8 ' && b.byteLength >= 30 && startsWith(b.subarray(23), [0x9d, 0x01, 0x2a]))
    return { type: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff }
  if (chunk === 'VP8L' && b.byteLength >= 25 && b[20] === 0x2f) {
    const bits = (le16(b, 21) | (le16(b, 23) << 16)) >>> 0
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X' && b.byteLength >= 30)
    return { type: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 }
  return { type: 'image/webp', width: null }
}
