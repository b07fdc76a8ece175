// npm run sign-config: signs a kiosk configuration with the fleet's Ed25519 private key.
//
//   npm run sign-config -- kiosk.config.json --key /secure/config-signing.key   # key from a file
//   some-vault read key | npm run sign-config -- kiosk.config.json                 # key on stdin
//   npm run sign-config -- --new-key config-signing.key config-signing-key.pem     # a new key pair
//
// Writes kiosk.config.json.sig (the 64-byte signature in base64) beside the file. The private key
// is never accepted as an argument (shell history, process lists); only its file's path is. The
// file is checked with the kiosk's own schema first (loaded through Vite's module runner), so a
// broken configuration is never signed.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

function fail(message) {
  process.stderr.write(`sign-config: ${message}\n`)
  process.exit(1)
}

async function readStdin() {
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return Buffer.concat(chunks)
}

function newKeyPair(privatePath, publicPath) {
  if (privatePath === undefined || publicPath === undefined)
    fail('usage: npm run sign-config -- --new-key <private-key-file> <public-key-file>')
  for (const path of [privatePath, publicPath])
    if (existsSync(path)) fail(`${path} exists; nothing was overwritten.`)
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }))
  process.stderr.write(
    `Private key: ${privatePath} (keep it off the kiosks, e.g. in your secrets vault).\n` +
      `Public key: ${publicPath} (install it on every kiosk; see docs/clinic-it.md, "Signed configuration").\n`,
  )
}

function parseArgs(argv) {
  const files = []
  let keyPath
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--key') {
      keyPath = argv[index + 1]
      index += 1
      if (keyPath === undefined) fail('--key needs the path of the private key file.')
    } else if (arg.startsWith('--key=')) keyPath = arg.slice('--key='.length)
    else if (arg.includes('PRIVATE KEY') || arg.startsWith('-----'))
      fail('the private key is never passed as an argument: use --key <file> or standard input.')
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`)
    else files.push(arg)
  }
  if (files.length !== 1)
    fail('usage: npm run sign-config -- <kiosk.config.json> [--key <private-key-file>]')
  return { configPath: resolve(files[0]), keyPath }
}

async function readPrivateKey(keyPath) {
  let pem
  if (keyPath !== undefined) {
    try {
      pem = readFileSync(keyPath)
    } catch (error) {
      fail(`cannot read the private key file ${keyPath} (${error.code ?? error.message}).`)
    }
  } else if (process.stdin.isTTY)
    fail('give the private key with --key <file> or on standard input (it is never an argument).')
  else pem = await readStdin()
  try {
    const key = createPrivateKey({ key: pem, format: 'pem' })
    if (key.asymmetricKeyType !== 'ed25519') fail('the private key is not an Ed25519 key.')
    return key
  } catch {
    fail('the private key is not a PEM private key.')
  }
}

async function checkConfig(bytes) {
  // Loaded only when signing: Vite's module runner takes a second or two to start.
  const { runnerImport } = await import('vite')
  const { module } = await runnerImport(resolve(root, 'shared/config/default-config.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  })
  let value
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    fail('the file is not UTF-8 JSON; nothing was signed.')
  }
  const parsed = module.parseConfig(value)
  if (!parsed.ok)
    fail(
      `the file breaks the kiosk's rules; nothing was signed:\n` +
        parsed.problems.map((problem) => `  ${problem.path} ${problem.message}`).join('\n'),
    )
}

const args = process.argv.slice(2)
if (args[0] === '--new-key') {
  newKeyPair(args[1], args[2])
} else {
  const { configPath, keyPath } = parseArgs(args)
  const key = await readPrivateKey(keyPath)
  let bytes
  try {
    bytes = readFileSync(configPath)
  } catch (error) {
    fail(`cannot read ${configPath} (${error.code ?? error.message}).`)
  }
  await checkConfig(bytes)
  // Ed25519 signs the exact bytes; the kiosk verifies the same bytes it parses.
  const signature = sign(null, bytes, key)
  writeFileSync(`${configPath}.sig`, `${signature.toString('base64')}\n`)
  const publicPem = createPublicKey(key).export({ type: 'spki', format: 'pem' })
  process.stderr.write(
    `Signed ${configPath} → ${configPath}.sig\n` +
      `Kiosks accept it only with this public key installed:\n${publicPem}`,
  )
}
