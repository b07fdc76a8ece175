// npm run check-config -- <file> [--key <public key file>]: checks a kiosk configuration file the
// way the kiosk loads it.
//
// Prints the same problems the locked "not configured" screen would list, how the signature was
// judged, then every setting flagged `verify` (not yet confirmed by IT). The signature is checked
// with --key <public key file>, else with the key installed where the kiosk looks for it (as the
// kiosk would); a file that asks for signing with no key to check it against is a problem.
// Exit code: 0 valid, 1 problems (including "signing required but not checked"), 2 usage.
// The checking is main's own code (electron/main/config/), loaded through Vite's module runner.
import { resolve } from 'node:path'

import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')
const USAGE =
  'usage: npm run check-config -- <path to kiosk.config.json> [--key <public key file>]\n'

function parseArgs(argv) {
  const files = []
  let keyPath
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--key') {
      keyPath = argv[index + 1]
      index += 1
    } else if (arg.startsWith('--key=')) keyPath = arg.slice('--key='.length)
    else if (arg.startsWith('-')) return null
    else files.push(arg)
  }
  if (files.length !== 1 || keyPath === '' || (argv.includes('--key') && keyPath === undefined))
    return null
  return { file: resolve(files[0]), keyPath: keyPath === undefined ? undefined : resolve(keyPath) }
}

const args = parseArgs(process.argv.slice(2))
if (args === null) {
  process.stderr.write(USAGE)
  process.exit(2)
}

const { module } = await runnerImport(resolve(root, 'electron/main/config/config-tools.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
})
const check = await module.checkConfigFile(args.file, {
  readFile: module.readRegularFile,
  publicKeyPath: args.keyPath ?? module.publicKeyLocation(process.platform),
  keyGiven: args.keyPath !== undefined,
})
process.stdout.write(module.formatConfigCheck(check))
process.exit(check.problems.length > 0 ? 1 : 0)
