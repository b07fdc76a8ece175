// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Checks over the shipped source (electron/, renderer/, shared/) for things that must never be
 * written, whatever a unit test covers: a new file is scanned without anyone remembering to.
 */
const root = join(import.meta.dirname, '../..')
const sourceDirs = ['electron', 'renderer', 'shared']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|html)$/.test(name) ? [path] : []
  })
}

const files = sourceDirs.flatMap((dir) => sourceFiles(join(root, dir)))
const offenders = (pattern: RegExp) =>
  files
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file))

describe('source scan', () => {
  it('scans the shipped source', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it.each([
    ['shell.openExternal', /openExternal/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['experimental features on', /experimentalFeatures:\s*true/],
    ['<webview> or allowpopups', /<webview\s|createElement\(['`"]webview|allowpopups/],
    ['sandbox off', /sandbox:\s*false/],
    ['Node integration on', /nodeIntegration(InWorker|InSubFrames)?:\s*true/],
    ['context isolation off', /contextIsolation:\s*false/],
    ['web security off', /webSecurity:\s*false/],
    ['insecure content allowed', /allowRunningInsecureContent:\s*true/],
    ['file:// URLs loaded', /loadFile\(|loadURL\(\s*['`"]file:/],
    ['ipcRenderer exposed to a page', /exposeInMainWorld\([^)]*ipcRenderer/],
    ['a persistent partition', /(partition:\s*|fromPartition\(\s*)['`"]persist:/],
    ['eval or new Function', /\beval\(|new Function\(/],
  ])('never uses %s', (_name, pattern) => {
    expect(offenders(pattern)).toEqual([])
  })

  it('pins a current Electron exactly', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const version = manifest.devDependencies['electron'] ?? ''
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45)
  })
})
