import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/**
 * How different a screenshot may be from its baseline and still pass.
 *
 * - `threshold` is pixelmatch's per-pixel colour distance (0–1, in YIQ space): 0.1 is its
 *   default and ignores only differences the eye cannot see (a sub-pixel shade of anti-aliased
 *   text); pixelmatch also skips pixels it detects as anti-aliasing.
 * - `maxDiffRatio` is the share of pixels allowed over that threshold: 0.1 % (about 2,000 px
 *   of a 1080×1920 screen). Both screens render in software (`--disable-gpu`) on one machine
 *   image, so two runs give identical pixels (measured: 0 differing pixels); the allowance
 *   covers rasterisation noise only. A 4 px shift of a block of text, a changed word, a new
 *   border or a theme colour each change far more than that, so they fail.
 */
export interface VisualTolerance {
  readonly threshold: number
  readonly maxDiffRatio: number
}

export const defaultTolerance: VisualTolerance = { threshold: 0.1, maxDiffRatio: 0.001 }

export type Comparison =
  | { readonly pass: true; readonly diffPixels: number; readonly ratio: number }
  | {
      readonly pass: false
      readonly reason: string
      readonly diffPixels: number
      readonly ratio: number
      /** Differing pixels in red over a faded copy of the baseline (absent on a size change). */
      readonly diff: PNG | null
    }

/** Compares two decoded images; pure, so it is unit-tested without a browser. */
export function compareImages(
  expected: PNG,
  actual: PNG,
  tolerance: VisualTolerance = defaultTolerance,
): Comparison {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const size = (image: PNG) => `${image.width}×${image.height}`
    return {
      pass: false,
      reason: `size changed from ${size(expected)} to ${size(actual)}`,
      diffPixels: Number.NaN,
      ratio: 1,
      diff: null,
    }
  }
  const total = expected.width * expected.height
  // Identical pixels are the usual case: skip pixelmatch's per-pixel work for them.
  if (expected.data.equals(actual.data)) return { pass: true, diffPixels: 0, ratio: 0 }
  const diff = new PNG({ width: expected.width, height: expected.height })
  const diffPixels = pixelmatch(
    expected.data,
    actual.data,
    diff.data,
    expected.width,
    expected.height,
    { threshold: tolerance.threshold },
  )
  const ratio = diffPixels / total
  if (ratio <= tolerance.maxDiffRatio) return { pass: true, diffPixels, ratio }
  const percent = (value: number) => `${(value * 100).toFixed(3)} %`
  return {
    pass: false,
    reason: `${diffPixels} px differ (${percent(ratio)} > ${percent(tolerance.maxDiffRatio)})`,
    diffPixels,
    ratio,
    diff,
  }
}

export const decodePng = (buffer: Buffer): PNG => PNG.sync.read(buffer)

/**
 * Encodes for the repository: RGB without the (always opaque) alpha channel, deflate level 9,
 * adaptive filters and zlib's default strategy (pngjs defaults to Z_RLE, measured 25–30 %
 * larger on these screenshots). Lossless: the pixels compared are exactly the pixels captured.
 */
export function encodePng(image: PNG): Buffer {
  return PNG.sync.write(image, {
    colorType: 2,
    deflateLevel: 9,
    deflateStrategy: 0, // Z_DEFAULT_STRATEGY
    filterType: -1,
  })
}
