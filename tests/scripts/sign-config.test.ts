// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile as readFile } from '../../electron/main/config/regular-file'

import { loadConfig } from '../../electron/main/config/load-config'
import { useTempDirs } from '../main/config/temp-dir'
import { validConfigJson, withChange } from '../shared/config/config-fixtures'

const hasOpenSsl = spawnSync('openssl', ['version']).status === 0
if (!hasOpenSsl) console.warn('sign-config: openssl not found, skipping the OpenSSL cross-check')
const script = resolve(import.meta.dirname, '../../scripts/sign-config.mjs')
const tempDir = useTempDirs()

function run(args: string[], stdin = '') {
  const result = spawnSync(process.execPath, [script, ...args], { input: stdin, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A key pair as `--new-key` writes it (made in-process: one spawn fewer per test). */
function setUp() {
  const dir = tempDir()
  const privateKey = join(dir, 'signing.key')
  const publicKey = join(dir, 'config-signing-key.pem')
  const pair = generateKeyPairSync('ed25519')
  writeFileSync(privateKey, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  })
  writeFileSync(publicKey, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  const userData = tempDir()
  const configPath = join(userData, 'kiosk.config.json')
  writeFileSync(configPath, JSON.stringify(validConfigJson(), null, 2))
  const load = () =>
    loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
      publicKeyPath: publicKey,
    })
  return { privateKey, publicKey, configPath, load }
}

/** The base64 between a PEM's armour lines, joined. */
function pemBody(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----'))
    .join('')
}

/** No 16 characters in a row of the key's base64 appear in `output`. */
function expectNoKeyIn(output: string, pem: string): void {
  const body = pemBody(pem)
  expect(body.length).toBeGreaterThan(40)
  for (let at = 0; at + 16 <= body.length; at += 1)
    expect(output.includes(body.slice(at, at + 16)), `key text at ${at} in output`).toBe(false)
}

describe('npm run sign-config', () => {
  it('makes a key pair whose private half only the owner can read, and signs with it', async () => {
    const dir = tempDir()
    const privateKey = join(dir, 'signing.key')
    const publicKey = join(dir, 'config-signing-key.pem')
    expect(run(['--new-key', privateKey, publicKey]).code).toBe(0)
    expect(statSync(privateKey).mode & 0o777).toBe(0o600)
    expect(readFileSync(publicKey, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    expect(run(['--new-key', privateKey, publicKey]).stderr).toMatch(
      /exists; nothing was overwritten/,
    )
    const userData = tempDir()
    const configPath = join(userData, 'kiosk.config.json')
    writeFileSync(configPath, JSON.stringify(validConfigJson()))
    expect(run([configPath, '--key', privateKey]).code).toBe(0)
    const loaded = await loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
      publicKeyPath: publicKey,
    })
    expect(loaded.ok).toBe(true)
  }, 30_000)

  it('signs with a key from a file, and the kiosk accepts exactly that file', async () => {
    const k = setUp()
    const { code } = run([k.configPath, '--key', k.privateKey])
    expect(code).toBe(0)
    expect((await k.load()).ok).toBe(true)
    const bytes = readFileSync(k.configPath)
    bytes[bytes.length - 2] = 0x20 // one byte of whitespace inside the file
    writeFileSync(k.configPath, bytes)
    expect((await k.load()).ok).toBe(false)
  }, 30_000)

  // Held against an implementation no one here wrote: OpenSSL's Ed25519 (RFC 8032).
  it.skipIf(!hasOpenSsl)(
    'OpenSSL verifies the signature with the public key file',
    () => {
      const k = setUp()
      expect(run([k.configPath, '--key', k.privateKey]).code).toBe(0)
      const signature = join(tempDir(), 'signature.bin')
      writeFileSync(signature, Buffer.from(readFileSync(`${k.configPath}.sig`, 'utf8'), 'base64'))
      const verify = (file: string) =>
        spawnSync(
          'openssl',
          [
            'pkeyutl',
            '-verify',
            '-pubin',
            '-inkey',
            k.publicKey,
            '-rawin',
            '-in',
            file,
            '-sigfile',
            signature,
          ],
          { encoding: 'utf8' },
        )
      expect(verify(k.configPath).stdout).toContain('Signature Verified Successfully')
      const tampered = join(tempDir(), 'tampered.json')
      const bytes = readFileSync(k.configPath)
      bytes[10] = (bytes[10] ?? 0) ^ 0x01
      writeFileSync(tampered, bytes)
      expect(verify(tampered).status).not.toBe(0)
    },
    30_000,
  )

  it('signs with a key piped on stdin', async () => {
    const k = setUp()
    expect(run([k.configPath], readFileSync(k.privateKey, 'utf8')).code).toBe(0)
    expect((await k.load()).ok).toBe(true)
  }, 30_000)

  it('signs and names the public key by its fingerprint, never printing a key', async () => {
    const k = setUp()
    const { code, stdout, stderr } = run([k.configPath, '--key', k.privateKey])
    expect(code).toBe(0)
    const loaded = await k.load()
    const fingerprint = loaded.ok ? loaded.signedWith : undefined
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(stderr).toContain(`public key whose SHA-256 is ${fingerprint}`)
    expectNoKeyIn(stdout + stderr, readFileSync(k.privateKey, 'utf8'))
    expectNoKeyIn(stdout + stderr, readFileSync(k.publicKey, 'utf8'))
  }, 30_000)

  const keyArguments: [string, (pem: string, body: string, config: string) => string[]][] = [
    ['--key <PEM>', (pem, _body, config) => [config, '--key', pem]],
    ['--key=<PEM>', (pem, _body, config) => [config, `--key=${pem}`]],
    ['the PEM as a bare argument', (pem, _body, config) => [config, pem]],
    ['the PEM alone', (pem) => [pem]],
    [
      'the PEM unquoted (split into words)',
      (pem, _body, config) => [config, '--key', ...pem.split(/\s+/)],
    ],
    ['--key <base64 body>', (_pem, body, config) => [config, '--key', body]],
    ['--key=<base64 body>', (_pem, body, config) => [config, `--key=${body}`]],
    ['the base64 body as a bare argument', (_pem, body, config) => [config, body]],
    ['the base64 body alone', (_pem, body) => [body]],
  ]

  it.each(keyArguments)(
    'refuses the key given as %s, without repeating it',
    (_form, args) => {
      const k = setUp()
      const pem = readFileSync(k.privateKey, 'utf8')
      const { code, stdout, stderr } = run(args(pem, pemBody(pem), k.configPath))
      expect(code).toBe(1)
      expect(stderr).toContain(
        'the private key is never passed as an argument: use --key <file> or standard input.',
      )
      expectNoKeyIn(stdout + stderr, pem)
      expect(() => statSync(`${k.configPath}.sig`)).toThrow()
    },
    30_000,
  )

  it('reads a key file only if it is a regular file (a pipe is not waited on)', () => {
    const k = setUp()
    const fifo = join(tempDir(), 'signing.key')
    if (spawnSync('mkfifo', [fifo]).status !== 0) return
    const result = spawnSync(process.execPath, [script, k.configPath, '--key', fifo], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.signal).toBeNull()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `the private key file ${fifo} is a named pipe (FIFO), not a regular file: it was not opened`,
    )
  }, 70_000)

  it('refuses to sign a file with a key written twice', () => {
    const k = setUp()
    writeFileSync(k.configPath, `{"clinicName": "A", ${JSON.stringify(validConfigJson()).slice(1)}`)
    const { code, stderr } = run([k.configPath, '--key', k.privateKey])
    expect(code).toBe(1)
    expect(stderr).toContain('  clinicName is written more than once')
    expect(() => statSync(`${k.configPath}.sig`)).toThrow()
  }, 30_000)

  it('refuses to sign a configuration that breaks the rules', () => {
    const k = setUp()
    writeFileSync(k.configPath, JSON.stringify(withChange('timing.idleSeconds', 5)))
    const { code, stderr } = run([k.configPath, '--key', k.privateKey])
    expect(code).toBe(1)
    expect(stderr).toContain('timing.idleSeconds')
    expect(() => statSync(`${k.configPath}.sig`)).toThrow()
  }, 30_000)
})
