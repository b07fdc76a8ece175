import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

import { compareImages, decodePng, encodePng, type VisualTolerance } from './visual-compare'

/** A white image with a black `size`×`size` block whose top-left corner is at (x, y). */
function withBlock(width: number, height: number, x: number, y: number, size: number): PNG {
  const image = new PNG({ width, height })
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const inBlock = column >= x && column < x + size && row >= y && row < y + size
      const offset = (row * width + column) * 4
      image.data.fill(inBlock ? 0 : 255, offset, offset + 3)
      image.data[offset + 3] = 255
    }
  }
  return image
}

describe('compareImages', () => {
  it('passes identical images with no differing pixel', () => {
    const result = compareImages(withBlock(100, 100, 10, 10, 20), withBlock(100, 100, 10, 10, 20))
    expect(result).toEqual({ pass: true, diffPixels: 0, ratio: 0 })
  })

  it('fails a block shifted by 4 px, with a diff image of the same size', () => {
    // A 20×20 block moved 4 px down: two 20×4 strips change, 160 px = 1.6 % of 10,000.
    const result = compareImages(withBlock(100, 100, 10, 10, 20), withBlock(100, 100, 10, 14, 20))
    expect(result.pass).toBe(false)
    expect(result.diffPixels).toBe(160)
    if (result.pass) return
    expect(result.reason).toMatch(/^160 px differ \(1\.600 % > 0\.100 %\)$/)
    expect(result.diff?.width).toBe(100)
    expect(result.diff?.height).toBe(100)
  })

  it('passes exactly at the allowed ratio and fails one pixel over it', () => {
    // 1 px blocks in a 100×100 image moved 1 px: 2 pixels differ = 0.02 %.
    const expected = withBlock(100, 100, 50, 50, 1)
    const actual = withBlock(100, 100, 51, 50, 1)
    const atLimit: VisualTolerance = { threshold: 0.1, maxDiffRatio: 2 / 10_000 }
    const underLimit: VisualTolerance = { threshold: 0.1, maxDiffRatio: 1 / 10_000 }
    expect(compareImages(expected, actual, atLimit)).toMatchObject({ pass: true, diffPixels: 2 })
    expect(compareImages(expected, actual, underLimit)).toMatchObject({
      pass: false,
      diffPixels: 2,
    })
  })

  it('ignores a colour change under the per-pixel threshold and catches one above it', () => {
    const base = withBlock(50, 50, 0, 0, 0)
    const faint = withBlock(50, 50, 0, 0, 0)
    const strong = withBlock(50, 50, 0, 0, 0)
    faint.data.fill(250, 0, 50 * 4 * 10) // first 10 rows 255 → 250 (alpha too: stays near-opaque)
    strong.data.fill(120, 0, 50 * 4 * 10)
    for (const image of [faint, strong])
      for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255
    expect(compareImages(base, faint).pass).toBe(true)
    expect(compareImages(base, strong)).toMatchObject({ pass: false, diffPixels: 500 })
  })

  it('fails a size change without comparing pixels', () => {
    const result = compareImages(withBlock(100, 100, 0, 0, 0), withBlock(100, 120, 0, 0, 0))
    expect(result).toMatchObject({ pass: false, reason: 'size changed from 100×100 to 100×120' })
  })

  it('stores pixels losslessly (RGB, no alpha)', () => {
    const image = withBlock(64, 32, 5, 7, 9)
    const again = decodePng(encodePng(image))
    expect(compareImages(image, again)).toEqual({ pass: true, diffPixels: 0, ratio: 0 })
    expect(encodePng(image).readUInt8(25)).toBe(2) // IHDR colour type: truecolour
  })
})
