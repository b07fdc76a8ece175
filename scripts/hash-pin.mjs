// npm run hash-pin: hashes a staff PIN for the kiosk configuration.
//
// The PIN is read from a hidden prompt (asked twice) or, when piped, from standard input —
// never from a command-line argument, which would land in the shell's history. Prompts go to
// stderr; stdout carries only the snippet to paste into kiosk.config.json.
//
// The policy and the hashing are main's own code (electron/main/staff/), loaded through Vite's
// module runner so there is a single implementation.
import { resolve } from 'node:path'

import { runnerImport } from 'vite'

const root = resolve(import.meta.dirname, '..')

async function load(path) {
  const { module } = await runnerImport(resolve(root, path), {
    root,
    configFile: false,
    logLevel: 'error',
  })
  return module
}

function fail(message) {
  process.stderr.write(`hash-pin: ${message}\n`)
  process.exit(1)
}

async function readPipedStdin() {
  let text = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) text += chunk
  return text.replace(/\r?\n$/, '')
}

function promptHidden(question) {
  return new Promise((done, cancel) => {
    const input = process.stdin
    let value = ''
    const finish = (result) => {
      input.setRawMode(false)
      input.pause()
      input.removeListener('data', onData)
      process.stderr.write('\n')
      result()
    }
    const onData = (chunk) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => done(value))
        if (char === '\u0003' || char === '\u0004')
          return finish(() => cancel(new Error('cancelled')))
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1)
        else value += char
      }
    }
    process.stderr.write(question)
    input.setRawMode(true)
    input.setEncoding('utf8')
    input.on('data', onData)
    input.resume()
  })
}

if (process.argv.length > 2) {
  fail(
    'the PIN is never passed as an argument (it would be saved in your shell history).\n' +
      'Run `npm run hash-pin` and type it at the prompt, or pipe it on standard input.',
  )
}

const { checkPinPolicy, pinPolicyMessages } = await load('electron/main/staff/pin-policy.ts')
const { hashPin, pinHashSnippet } = await load('electron/main/staff/pin-hash.ts')

let pin
if (process.stdin.isTTY) {
  try {
    pin = await promptHidden('New staff PIN (6–12 digits, not shown): ')
    const again = await promptHidden('Type it again: ')
    if (again !== pin) fail('the two PINs differ; nothing was changed.')
  } catch {
    fail('cancelled.')
  }
} else {
  pin = await readPipedStdin()
}

const violation = checkPinPolicy(pin)
if (violation !== null) fail(pinPolicyMessages[violation])

const pinHash = await hashPin(pin)
process.stdout.write(`${pinHashSnippet(pinHash)}\n`)
process.stderr.write(
  'Paste the "staff" part into kiosk.config.json (replacing "pinHash": null), then reload the\n' +
    'configuration from the staff panel or restart the kiosk. Keep the PIN itself off paper.\n',
)
