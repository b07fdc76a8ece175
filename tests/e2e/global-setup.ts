import { resolve } from 'node:path'

import { build } from 'vite'
import type { TestProject } from 'vitest/node'

import { chromiumPath } from '../../scripts/debian-chromium.mjs'
import { startPreviewServer } from '../../scripts/preview-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string
  }
}

/** Builds the browser preview once and serves it on 127.0.0.1 for every e2e file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before the build when there is no browser, with the remedy (npm test's pretest
  // installs one; a bare `vitest run --project e2e` does not).
  chromiumPath()
  const root = resolve(import.meta.dirname, '../..')
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test
  // what patients get instead (and run faster).
  process.env['NODE_ENV'] = 'production'
  await build({ configFile: resolve(root, 'vite.preview.config.ts'), logLevel: 'error' })
  const server = await startPreviewServer({ rootDir: resolve(root, 'dist-preview') })
  project.provide('previewUrl', server.url)
  return () => server.close()
}
