// npm run check-config -- <file>: checks a kiosk configuration file the way the kiosk loads it.
//
// Prints the same problems the locked "not configured" screen would list, then every setting
// flagged `verify` (not yet confirmed by IT). Exit code: 0 valid, 1 problems, 2 usage.
// The checking is main's own code (electron/main/config/), loaded through Vite's module runner.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')
const file = process.argv[2]
if (file === undefined || process.argv.length > 3) {
  process.stderr.write('usage: npm run check-config -- <path to kiosk.config.json>\n')
  process.exit(2)
}

const { module } = await runnerImport(resolve(root, 'electron/main/config/check-config-file.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
})
const check = await module.checkConfigFile(resolve(file), (path) => readFile(path))
process.stdout.write(module.formatConfigCheck(check))
process.exit(check.problems.length > 0 ? 1 : 0)
