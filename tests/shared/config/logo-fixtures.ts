import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/** CRC-32 as PNG chunks use it (ISO 3309), so the image below decodes in a real browser. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.byteLength, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A real, decodable RGB PNG of one colour. */
export function makePng(width: number, height: number, rgb = [0, 90, 156]): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit, truecolour, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ])
}

/** A JPEG's header as cameras write it: SOI, an APP0 (JFIF) segment, then SOF0. */
export function makeJpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ])
  const sof0 = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
  ])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.alloc(9)])
}

function riff(chunkType: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(20)
  head.write('RIFF', 0, 'ascii')
  head.writeUInt32LE(12 + payload.byteLength, 4)
  head.write('WEBP', 8, 'ascii')
  head.write(chunkType, 12, 'ascii')
  head.writeUInt32LE(payload.byteLength, 16)
  return Buffer.concat([head, payload])
}

/** WebP headers of each kind (lossy VP8, lossless VP8L, extended VP8X). */
export function makeWebpHeader(kind: 'VP8 ' | 'VP8L' | 'VP8X', width: number, height: number) {
  if (kind === 'VP8 ') {
    const payload = Buffer.alloc(10)
    payload.set([0x9d, 0x01, 0x2a], 3)
    payload.writeUInt16LE(width, 6)
    payload.writeUInt16LE(height, 8)
    return riff(kind, payload)
  }
  if (kind === 'VP8L') {
    const payload = Buffer.alloc(5)
    payload[0] = 0x2f
    payload.writeUInt32LE(((width - 1) | ((height - 1) << 14)) >>> 0, 1)
    return riff(kind, payload)
  }
  const payload = Buffer.alloc(10)
  payload.writeUIntLE(width - 1, 4, 3)
  payload.writeUIntLE(height - 1, 7, 3)
  return riff(kind, payload)
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
