// The README's screenshots: four visual-regression baselines (portrait and landscape, English
// and Spanish) at half size, so the docs always show the screens the tests hold.
// Run by `npm run test:visual:update` after it rewrites the baselines.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { PNG } from 'pngjs'

const root = resolve(import.meta.dirname, '..')
const baselines = resolve(root, 'tests/e2e/visual/baselines')
const out = resolve(root, 'docs/screenshots')

/** baseline name → docs file name */
const picks = {
  'portrait-en-default-01-portal-choice': 'portrait-en.png',
  'portrait-es-default-07-handoff': 'portrait-es.png',
  'landscape-en-default-00-welcome': 'landscape-en.png',
  'landscape-es-high-contrast-02-account-holder': 'landscape-es-high-contrast.png',
}

/** Halves an image by averaging each 2×2 block (a plain box filter: no dependency, no blur). */
function half(image) {
  const width = Math.floor(image.width / 2)
  const height = Math.floor(image.height / 2)
  const small = new PNG({ width, height })
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let channel = 0; channel < 4; channel += 1) {
        let sum = 0
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ]) {
          sum += image.data[((2 * y + dy) * image.width + 2 * x + dx) * 4 + channel]
        }
        small.data[(y * width + x) * 4 + channel] = Math.round(sum / 4)
      }
    }
  }
  return small
}

mkdirSync(out, { recursive: true })
for (const [baseline, file] of Object.entries(picks)) {
  const image = PNG.sync.read(readFileSync(resolve(baselines, `${baseline}.png`)))
  const png = PNG.sync.write(half(image), {
    colorType: 2,
    deflateLevel: 9,
    deflateStrategy: 0,
    filterType: -1,
  })
  writeFileSync(resolve(out, file), png)
  console.log(`docs/screenshots/${file} ← ${baseline} (${Math.round(png.length / 1024)} KB)`)
}
