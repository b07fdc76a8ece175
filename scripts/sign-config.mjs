// npm run sign-config: signs a kiosk configuration with the fleet's Ed25519 private key.
//
//   npm run sign-config -- kiosk.config.json --key /secure/config-signing.key   # key from a file
//   some-vault read key | npm run sign-config -- kiosk.config.json                 # key on stdin
//   npm run sign-config -- --new-key config-signing.key config-signing-key.pem     # a new key pair
//
// Writes kiosk.config.json.sig (the 64-byte signature in base64) beside the file. The private key
// is never accepted as an argument (shell history, process lists); only its file's path is. An
// argument that looks like key material is refused without being repeated, and nothing printed
// contains a key: after signing, the public key is named by its SHA-256 fingerprint, the same one
// `check-config` prints. Files are read with the kiosk's own guarded reader (regular files of
// bounded size only), and the file is checked with the kiosk's own decoder and schema first
// (loaded through Vite's module runner), so a broken configuration is never signed.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
/** A PEM private key is a few hundred bytes (RSA-4096: about 3.3 KB). */
const MAX_PRIVATE_KEY_BYTES = 16 * 1024
const KEY_NOT_AN_ARGUMENT =
  'the private key is never passed as an argument: use --key <file> or standard input. ' +
  'The argument is not repeated here; if a key was typed on a shared screen or in a CI job, ' +
  'treat it as exposed and make a new key pair.'

function fail(message) {
  process.stderr.write(`sign-config: ${message}\n`)
  process.exit(1)
}

/**
 * True for an argument that is (part of) a key rather than a file name: PEM armour or a line
 * break, or a long run of base64 (a PEM body pasted without its armour) that names no file.
 * Checked on every argument before anything is printed, so an unquoted PEM split into words is
 * caught by its armour even when its base64 lines come first.
 * @param {string} arg
 */
function looksLikeKeyMaterial(arg) {
  if (/-----|PRIVATE KEY|PUBLIC KEY|[\r\n]/.test(arg)) return true
  return /^[A-Za-z0-9+/]{40,}={0,2}$/.test(arg) && !existsSync(arg)
}

async function readStdin() {
  const chunks = []
  let length = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk)
    length += chunk.length
    if (length > MAX_PRIVATE_KEY_BYTES)
      fail('standard input is larger than a private key; nothing was signed.')
  }
  return Buffer.concat(chunks)
}

async function kioskTools() {
  // Vite's module runner takes a second or two to start.
  const { runnerImport } = await import('vite')
  const { module } = await runnerImport(resolve(root, 'electron/main/config/config-tools.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  })
  return module
}

function newKeyPair(privatePath, publicPath) {
  if (privatePath === undefined || publicPath === undefined)
    fail('usage: npm run sign-config -- --new-key <private-key-file> <public-key-file>')
  for (const path of [privatePath, publicPath])
    if (existsSync(path)) fail(`${path} exists; nothing was overwritten.`)
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }))
  // Paths only: never any key.
  process.stderr.write(
    `Private key: ${privatePath} (keep it off the kiosks, e.g. in your secrets vault).\n` +
      `Public key: ${publicPath} (install it on every kiosk; see docs/clinic-it.md, "Signed configuration").\n`,
  )
}

function parseArgs(argv) {
  for (const arg of argv) {
    const value = arg.startsWith('--key=') ? arg.slice('--key='.length) : arg
    if (looksLikeKeyMaterial(value)) fail(KEY_NOT_AN_ARGUMENT)
  }
  const files = []
  let keyPath
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--key') {
      keyPath = argv[index + 1]
      index += 1
      if (keyPath === undefined) fail('--key needs the path of the private key file.')
    } else if (arg.startsWith('--key=')) keyPath = arg.slice('--key='.length)
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`)
    else files.push(arg)
  }
  if (files.length !== 1)
    fail('usage: npm run sign-config -- <kiosk.config.json> [--key <private-key-file>]')
  return { configPath: resolve(files[0]), keyPath }
}

async function readPrivateKey(tools, keyPath) {
  let pem
  if (keyPath !== undefined) {
    try {
      pem = Buffer.from(await tools.readRegularFile(keyPath, MAX_PRIVATE_KEY_BYTES))
    } catch (error) {
      fail(`the private key file ${readError(tools, keyPath, error)}; nothing was signed.`)
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

/** "<path> is a named pipe (FIFO)…" (the reader's refusal), else "<path> cannot be read (ENOENT)". */
function readError(tools, path, error) {
  const refused = tools.refusedFileText(error)
  return refused === null
    ? `${path} cannot be read (${error.code ?? error.name})`
    : `${path} ${refused}`
}

function checkConfig(tools, bytes) {
  const read = tools.decodeConfigBytes(bytes)
  const parsed =
    read.kind === 'json' ? tools.parseConfig(read.value) : { ok: false, problems: read.problems }
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
  const tools = await kioskTools()
  const key = await readPrivateKey(tools, keyPath)
  let bytes
  try {
    bytes = await tools.readRegularFile(configPath, tools.MAX_CONFIG_BYTES)
  } catch (error) {
    fail(`${readError(tools, configPath, error)}; nothing was signed.`)
  }
  checkConfig(tools, bytes)
  // Ed25519 signs the exact bytes; the kiosk verifies the same bytes it parses.
  const signature = sign(null, bytes, key)
  writeFileSync(`${configPath}.sig`, `${signature.toString('base64')}\n`)
  process.stderr.write(
    `Signed ${configPath} → ${configPath}.sig\n` +
      `Kiosks accept it only with the public key whose SHA-256 is ${tools.keyFingerprint(key)} ` +
      `installed (check-config prints the same fingerprint when it verifies).\n`,
  )
}
