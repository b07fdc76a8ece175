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

  it('refuses the key as an argument', () => {
    const k = setUp()
    const pem = readFileSync(k.privateKey, 'utf8')
    const { code, stderr } = run([k.configPath, pem])
    expect(code).toBe(1)
    expect(stderr).toContain('never passed as an argument')
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
