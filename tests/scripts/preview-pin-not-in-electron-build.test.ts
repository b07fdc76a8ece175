// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { build, type InlineConfig } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import electronViteConfig from '../../electron.vite.config'
import { PREVIEW_DEMO_PIN } from '../../renderer/bridge/preview/preview-staff'

/**
 * The preview's demo staff PIN must never reach the Electron build. Builds the renderer the way
 * electron-vite does (its renderer config, production mode) and, as a control that the search
 * works, the browser preview; then looks for the PIN in every emitted file.
 */
const root = resolve(import.meta.dirname, '../..')
const outDirs: string[] = []

function bundleText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

async function buildInto(config: InlineConfig): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosk-build-'))
  outDirs.push(outDir)
  await build({
    ...config,
    configFile: config.configFile ?? false,
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true, reportCompressedSize: false },
  })
  return bundleText(outDir)
}

let electronBundle = ''
let previewBundle = ''

beforeAll(async () => {
  const renderer = (electronViteConfig as { renderer: InlineConfig }).renderer
  electronBundle = await buildInto({
    ...renderer,
    root: resolve(root, 'renderer'),
    mode: 'production',
    base: './',
    build: { ...renderer.build, rollupOptions: { input: resolve(root, 'renderer/index.html') } },
  })
  previewBundle = await buildInto({ configFile: resolve(root, 'vite.preview.config.ts') })
}, 60_000)

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true })
})

describe('the preview-only demo PIN', () => {
  it('is in the browser preview (so the search below can find it)', () => {
    expect(previewBundle).toContain(PREVIEW_DEMO_PIN)
  })

  it('is nowhere in the Electron renderer build, nor is the preview bridge', () => {
    expect(electronBundle.length).toBeGreaterThan(10_000)
    expect(electronBundle).not.toContain(PREVIEW_DEMO_PIN)
    expect(electronBundle).not.toContain('__kioskPreview')
  })
})
