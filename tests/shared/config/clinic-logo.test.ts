import { describe, expect, it } from 'vitest'

import { inspectLogoImage, MAX_LOGO_BYTES } from '../../../shared/config/clinic-logo'
import { parseConfig } from '../../../shared/config/kiosk-config'
import { toPublicConfig, publicConfigSchema } from '../../../shared/config/public-config'
import { withChange } from './config-fixtures'
import { makeJpegHeader, makePng, makeWebpHeader, sha256Hex } from './logo-fixtures'

describe('what a logo file is, by its bytes', () => {
  it.each([
    ['a PNG', makePng(320, 120), 'image/png', 320, 120],
    ['a JPEG (APP0 before its frame header)', makeJpegHeader(640, 200), 'image/jpeg', 640, 200],
    ['a lossy WebP', makeWebpHeader('VP8 ', 500, 250), 'image/webp', 500, 250],
    ['a lossless WebP', makeWebpHeader('VP8L', 300, 100), 'image/webp', 300, 100],
    ['an extended WebP', makeWebpHeader('VP8X', 1024, 512), 'image/webp', 1024, 512],
  ])('reads %s and its size from the header', (_name, bytes, type, width, height) => {
    expect(inspectLogoImage(bytes)).toEqual({ ok: true, type, width, height })
  })

  it.each([
    [
      'an SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'),
      /is an SVG/,
    ],
    ['an SVG with an XML declaration', Buffer.from('<?xml version="1.0"?><svg/>'), /is an SVG/],
    ['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00'), /is not a PNG, JPEG or WebP/],
    [
      'HTML',
      Buffer.from('<!doctype html><img src=x onerror=alert(1)>'),
      /is not a PNG, JPEG or WebP/,
    ],
    ['a PNG cut after its signature', makePng(64, 64).subarray(0, 10), /damaged image\/png/],
    [
      'a JPEG with no frame header',
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0, 0, 0, 0, 0, 0]),
      /damaged image\/jpeg/,
    ],
    ['a favicon-sized image', makePng(8, 8), /8×8 pixels: each side must be 16 to 2048/],
    ['a photo-sized image', makeWebpHeader('VP8X', 4000, 3000), /4000×3000 pixels/],
    [
      'a file over the size cap',
      Buffer.concat([makePng(64, 64), Buffer.alloc(MAX_LOGO_BYTES)]),
      /larger than 256 KB/,
    ],
  ])('refuses %s', (_name, bytes, message) => {
    const result = inspectLogoImage(bytes)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(message)
  })
})

const logo = { path: 'logo.png', sha256: 'a'.repeat(64) }
const problemsOf = (value: unknown) => {
  const result = parseConfig(value)
  return result.ok ? [] : result.problems
}

describe('clinicLogo in the configuration', () => {
  it('is optional, and accepted as a local image file pinned by its hash', () => {
    expect(parseConfig(withChange('clinicLogo', undefined)).ok).toBe(true)
    expect(parseConfig(withChange('clinicLogo', logo)).ok).toBe(true)
    expect(parseConfig(withChange('clinicLogo', { ...logo, path: 'C:\\Kiosk\\logo.JPG' })).ok).toBe(
      true,
    )
  })

  it.each([
    ['an https address', 'https://clinic.example/logo.png', 'not an address'],
    ['a file: URL', 'file:///etc/logo.png', 'not an address'],
    ['a data: URL', 'data:image/png;base64,AAAA.png', 'not an address'],
    ['a Windows share', '\\\\server\\share\\logo.png', 'not a network share'],
    ['an SVG', '/etc/portal-kiosk/logo.svg', 'SVG is not accepted'],
  ])('refuses %s as its path', (_name, path, message) => {
    expect(problemsOf(withChange('clinicLogo', { ...logo, path }))).toEqual([
      { path: 'clinicLogo.path', message: expect.stringContaining(message) },
    ])
  })

  it('requires the hash, and alt text in every enabled language', () => {
    expect(problemsOf(withChange('clinicLogo', { path: 'logo.png' }))[0]?.path).toBe(
      'clinicLogo.sha256',
    )
    expect(problemsOf(withChange('clinicLogo', { ...logo, sha256: 'abc' }))[0]?.path).toBe(
      'clinicLogo.sha256',
    )
    expect(problemsOf(withChange('clinicLogo', { ...logo, alt: { en: 'Gonda' } }))).toEqual([
      { path: 'clinicLogo.alt.es', message: 'text for "es" is missing' },
    ])
  })

  it('reaches the UI only as the image main read, never as a path', () => {
    const parsed = parseConfig(withChange('clinicLogo', { ...logo, alt: { en: 'A', es: 'B' } }))
    if (!parsed.ok) throw new Error('fixture')
    const png = makePng(40, 20)
    const image = { src: `data:image/png;base64,${png.toString('base64')}`, width: 40, height: 20 }
    const visible = toPublicConfig(parsed.config, image)
    expect(visible.clinicLogo).toEqual({ ...image, alt: { en: 'A', es: 'B' } })
    expect(JSON.stringify(visible)).not.toContain('logo.png')
    expect(publicConfigSchema.safeParse(visible).success).toBe(true)
    expect(toPublicConfig(parsed.config).clinicLogo).toBeUndefined()
    expect(sha256Hex(png)).toHaveLength(64)
  })

  it('the IPC schema refuses anything but a PNG, JPEG or WebP data: URL', () => {
    const parsed = parseConfig(withChange('clinicLogo', logo))
    if (!parsed.ok) throw new Error('fixture')
    for (const src of [
      'data:image/svg+xml;base64,PHN2Zy8+',
      'https://clinic.example/logo.png',
      'data:image/png;base64,<script>',
    ]) {
      const visible = toPublicConfig(parsed.config, { src, width: 40, height: 20 })
      expect(publicConfigSchema.safeParse(visible).success, src).toBe(false)
    }
  })
})
