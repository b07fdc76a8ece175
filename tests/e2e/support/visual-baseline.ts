import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import { compareImages, decodePng, encodePng, type VisualTolerance } from './visual-compare'

const root = resolve(import.meta.dirname, '../../..')
export const baselineDir = resolve(root, 'tests/e2e/visual/baselines')
export const resultDir = resolve(root, 'test-results/visual')

/**
 * `UPDATE_VISUAL=1` (`npm run test:visual:update`) accepts what the screens look like now.
 * Without it a missing baseline is a failure: a new screen gets a baseline only on purpose.
 */
export const updating = process.env['UPDATE_VISUAL'] === '1'

const shown = (path: string) => relative(root, path)

/**
 * Checks one screenshot against `<name>.png` in the baselines. Returns null when it matches
 * (or was written in update mode), else a message naming the files to look at: the actual
 * screenshot and the diff go to test-results/visual/.
 */
export function matchBaseline(
  name: string,
  screenshot: Buffer,
  tolerance?: VisualTolerance,
): string | null {
  const baseline = join(baselineDir, `${name}.png`)
  const actual = decodePng(screenshot)
  if (!existsSync(baseline)) {
    if (updating) {
      writeBaseline(baseline, encodePng(actual))
      return null
    }
    const written = writeResult(`${name}.actual.png`, encodePng(actual))
    return `${name}: no baseline ${shown(baseline)} (actual: ${written}; run npm run test:visual:update to accept)`
  }
  const comparison = compareImages(decodePng(readFileSync(baseline)), actual, tolerance)
  if (updating) {
    // Rewrite only real changes, so an update touches only the screens that moved.
    if (comparison.diffPixels !== 0) writeBaseline(baseline, encodePng(actual))
    return null
  }
  if (comparison.pass) return null
  const files = [writeResult(`${name}.actual.png`, encodePng(actual))]
  if (comparison.diff !== null)
    files.push(writeResult(`${name}.diff.png`, encodePng(comparison.diff)))
  return `${name}: ${comparison.reason} (${files.join(', ')})`
}

function writeBaseline(path: string, png: Buffer): void {
  mkdirSync(baselineDir, { recursive: true })
  writeFileSync(path, png)
}

function writeResult(file: string, png: Buffer): string {
  mkdirSync(resultDir, { recursive: true })
  const path = join(resultDir, file)
  writeFileSync(path, png)
  return shown(path)
}

/** Baselines no screen produced in this run (a screen renamed or removed). */
export function staleBaselines(captured: ReadonlySet<string>): string[] {
  if (!existsSync(baselineDir)) return []
  return readdirSync(baselineDir)
    .filter((file) => file.endsWith('.png'))
    .map((file) => file.slice(0, -'.png'.length))
    .filter((name) => !captured.has(name))
}

/** Update mode, after a complete run: deletes the baselines of screens that no longer exist. */
export function removeBaselines(names: readonly string[]): void {
  for (const name of names) rmSync(join(baselineDir, `${name}.png`))
}

/** Old actual/diff files would be mistaken for this run's: start each run with none. */
export function clearResults(): void {
  rmSync(resultDir, { recursive: true, force: true })
}
