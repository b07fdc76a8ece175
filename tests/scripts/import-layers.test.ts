// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, it } from 'vitest'

import { importsPointDown, noImportCycles } from '../../scripts/eslint/import-layers.mjs'

// RuleTester writes its own describe/it: hand it vitest's.
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
})

/** A small project on disk: the cycle rule reads the files the linted one imports. */
const project = mkdtempSync(join(tmpdir(), 'kiosk-layers-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))
const files: Record<string, string> = {
  'renderer/app/App.tsx': `import { Help } from '../features/help/Help'\nexport const App = Help`,
  'renderer/app/boot.ts': `import type { Config } from './config'\nexport interface Boot { config: Config }`,
  'renderer/app/config.ts': `import type { Boot } from './boot'\nexport type Config = Boot | null`,
  'renderer/features/help/Help.tsx': `export const Help = 1`,
  'renderer/display/display.tsx': `export const Display = 1`,
  'shared/a.ts': `export { b } from './b'\nexport const a = 1`,
  'shared/b.ts': `import { c } from './c'\nexport const b = c`,
  'shared/c.ts': `export const c = 1\nexport type A = typeof import('./a')`,
  'shared/leaf.ts': `export const leaf = 1`,
  'shared/uses-leaf.ts': `import { leaf } from './leaf'\nexport const usesLeaf = leaf`,
  'electron/lazy.ts': `export const load = () => import('./lazy-back')`,
  'electron/lazy-back.ts': `import { load } from './lazy'\nexport const again = load`,
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(project, path)), { recursive: true })
  writeFileSync(join(project, path), text)
}
const at = (path: string) => join(project, path)
const renderer = [{ renderer: at('renderer') }]
const roots = [{ roots: ['renderer', 'shared', 'electron'].map(at) }]

tester.run('imports-point-down', importsPointDown, {
  valid: [
    // A feature uses shared layers, its own files and shared/.
    {
      filename: at('renderer/features/help/Help.tsx'),
      code: `import { Display } from '../../display/display'\nimport { x } from './x'\nimport { y } from '../../../shared/y'\nimport { useState } from 'react'`,
      options: renderer,
    },
    // Nested files of one feature import each other.
    {
      filename: at('renderer/features/help/parts/Part.tsx'),
      code: `import { Help } from '../Help'`,
      options: renderer,
    },
    // The shell composes features; the entry files and the prerender import the shell.
    {
      filename: at('renderer/app/App.tsx'),
      code: `import { Help } from '../features/help/Help'`,
      options: renderer,
    },
    {
      filename: at('renderer/boot.tsx'),
      code: `import { App } from './app/App'`,
      options: renderer,
    },
    {
      filename: at('renderer/prerender/first.tsx'),
      code: `import { App } from '../app/App'`,
      options: renderer,
    },
    // Shared layers import each other (below the features).
    {
      filename: at('renderer/display/display.tsx'),
      code: `import { Button } from '../components/Button'`,
      options: renderer,
    },
  ],
  invalid: [
    {
      filename: at('renderer/features/help/Help.tsx'),
      code: `import { DisplaySettings } from '../../app/display-preferences'`,
      options: renderer,
      errors: [
        { messageId: 'featureToShell', data: { target: 'renderer/app/display-preferences' } },
      ],
    },
    // Type imports, re-exports and lazy imports count too, at any depth.
    {
      filename: at('renderer/features/help/parts/Part.tsx'),
      code: `import type { Boot } from '../../../app/boot'\nexport { App } from '../../../app/App'\nconst lazy = () => import('../../../app/App')`,
      options: renderer,
      errors: [
        { messageId: 'featureToShell', line: 1 },
        { messageId: 'featureToShell', line: 2 },
        { messageId: 'featureToShell', line: 3 },
      ],
    },
    {
      filename: at('renderer/features/help/Help.tsx'),
      code: `import { Welcome } from '../welcome/Welcome'`,
      options: renderer,
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: at('renderer/components/Button.tsx'),
      code: `import { Help } from '../features/help/Help'\nimport { App } from '../app/App'`,
      options: renderer,
      errors: [{ messageId: 'layerUp' }, { messageId: 'layerUp' }],
    },
  ],
})

tester.run('no-import-cycles', noImportCycles, {
  valid: [
    {
      filename: at('shared/uses-leaf.ts'),
      code: files['shared/uses-leaf.ts'] ?? '',
      options: roots,
    },
    {
      filename: at('renderer/app/App.tsx'),
      code: files['renderer/app/App.tsx'] ?? '',
      options: roots,
    },
    // Files outside the roots are not checked.
    { filename: join(project, 'scripts/x.ts'), code: `import { x } from './x'`, options: roots },
  ],
  invalid: [
    // Two modules that need each other only for a type are still a cycle.
    {
      filename: at('renderer/app/boot.ts'),
      code: files['renderer/app/boot.ts'] ?? '',
      options: roots,
      errors: [{ messageId: 'cycle', line: 1 }],
    },
    // A longer loop, through a re-export and a `typeof import()` type.
    {
      filename: at('shared/a.ts'),
      code: files['shared/a.ts'] ?? '',
      options: roots,
      errors: [{ messageId: 'cycle', line: 1 }],
    },
    // A lazy import() back into its importer is still a cycle.
    {
      filename: at('electron/lazy-back.ts'),
      code: files['electron/lazy-back.ts'] ?? '',
      options: roots,
      errors: [{ messageId: 'cycle' }],
    },
    // A module importing itself.
    {
      filename: at('shared/leaf.ts'),
      code: `import { leaf as again } from './leaf'\nexport const leaf = again`,
      options: roots,
      errors: [{ messageId: 'cycle' }],
    },
  ],
})
