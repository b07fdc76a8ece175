// @vitest-environment node
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile as readFile } from '../../../electron/main/config/regular-file'

import { publicKeyLocation } from '../../../electron/main/config/config-signature'
import { loadConfig } from '../../../electron/main/config/load-config'
import { validConfigJson, withChange } from '../../shared/config/config-fixtures'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

/** A real Ed25519 key pair, as `npm run sign-config -- --new-key` makes one. */
function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return { privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }) }
}

/** A kiosk: user data with a config file, and the machine-wide key folder beside it. */
function kiosk(config: unknown = validConfigJson()) {
  const userData = tempDir()
  const machine = tempDir()
  const configPath = join(userData, 'kiosk.config.json')
  const bytes = Buffer.from(JSON.stringify(config, null, 2))
  writeFileSync(configPath, bytes)
  const publicKeyPath = join(machine, 'config-signing-key.pem')
  const load = (withKey = true) =>
    loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
      publicKeyPath: withKey ? publicKeyPath : undefined,
    })
  return { userData, configPath, bytes, publicKeyPath, load }
}

const signWith = (privateKey: ReturnType<typeof keyPair>['privateKey'], bytes: Buffer) =>
  `${sign(null, bytes, privateKey).toString('base64')}\n`

describe('signed configuration (Ed25519, detached .sig)', () => {
  it('accepts a file signed with the installed key', async () => {
    const keys = keyPair()
    const k = kiosk(withChange('clinicName', 'Signed Clinic'))
    writeFileSync(k.publicKeyPath, keys.publicPem)
    writeFileSync(`${k.configPath}.sig`, signWith(keys.privateKey, k.bytes))
    const result = await k.load()
    expect(result.ok && result.config.clinicName).toBe('Signed Clinic')
  })

  it('locks on a file tampered by one byte after signing', async () => {
    const keys = keyPair()
    const k = kiosk(withChange('clinicName', 'Signed Clinic'))
    writeFileSync(k.publicKeyPath, keys.publicPem)
    writeFileSync(`${k.configPath}.sig`, signWith(keys.privateKey, k.bytes))
    // One byte: "Signed Clinic" → "Signed Clinid" — still valid JSON and a valid config.
    const tampered = Buffer.from(k.bytes)
    const at = tampered.indexOf('Clinic"') + 5
    tampered[at] = (tampered[at] ?? 0) + 1
    writeFileSync(k.configPath, tampered)
    const result = await k.load()
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toEqual([
      {
        path: '(signature)',
        message: 'does not match: the file was changed after signing, or signed with another key',
      },
    ])
  })

  it('locks on a signature tampered by one byte', async () => {
    const keys = keyPair()
    const k = kiosk()
    writeFileSync(k.publicKeyPath, keys.publicPem)
    const signature = Buffer.from(sign(null, k.bytes, keys.privateKey))
    signature[10] = (signature[10] ?? 0) ^ 0x01
    writeFileSync(`${k.configPath}.sig`, signature.toString('base64'))
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(/^does not match/)
  })

  it('locks on a file signed with another key', async () => {
    const installed = keyPair()
    const other = keyPair()
    const k = kiosk()
    writeFileSync(k.publicKeyPath, installed.publicPem)
    writeFileSync(`${k.configPath}.sig`, signWith(other.privateKey, k.bytes))
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(/another key/)
  })

  it('locks on an unsigned file when a key is installed, even if the file does not ask', async () => {
    const k = kiosk(withChange('requireSignedConfig', false))
    writeFileSync(k.publicKeyPath, keyPair().publicPem)
    const result = await k.load()
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: '(signature)',
      message: expect.stringMatching(/^is missing/) as unknown,
    })
  })

  it('locks on a signature that is not 64 bytes of base64', async () => {
    const k = kiosk()
    writeFileSync(k.publicKeyPath, keyPair().publicPem)
    writeFileSync(`${k.configPath}.sig`, 'not a signature')
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(/not an Ed25519 signature/)
  })

  it('does not fall back to the embedded default when a key is installed and no file exists', async () => {
    const userData = tempDir()
    const publicKeyPath = join(tempDir(), 'config-signing-key.pem')
    writeFileSync(publicKeyPath, keyPair().publicPem)
    const result = await loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
      publicKeyPath,
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]?.message).toMatch(/signed file is required/)
  })

  it('requireSignedConfig: true without an installed key locks (fails closed)', async () => {
    const k = kiosk(withChange('requireSignedConfig', true))
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /requireSignedConfig is true but no signing key is installed at /,
    )
  })

  it('without a key and without requireSignedConfig, signatures are not checked', async () => {
    const k = kiosk()
    writeFileSync(`${k.configPath}.sig`, 'ignored')
    expect((await k.load()).ok).toBe(true)
  })

  it('a key file that is not an Ed25519 public key locks instead of switching signing off', async () => {
    const k = kiosk()
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    writeFileSync(k.publicKeyPath, rsa.export({ type: 'spki', format: 'pem' }))
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(/not an Ed25519 public key/)
    writeFileSync(k.publicKeyPath, 'garbage')
    const garbage = await k.load()
    expect(!garbage.ok && garbage.problems[0]?.message).toMatch(/not a PEM public key/)
  })

  it('a key path that cannot be read (here: a folder) locks', async () => {
    const k = kiosk()
    mkdirSync(k.publicKeyPath)
    const result = await k.load()
    expect(!result.ok && result.problems[0]?.message).toMatch(/is a folder, not a file$/)
  })
})

describe('where the public key lives (outside the writable user-data folder)', () => {
  it.each([
    ['linux', '/etc/portal-kiosk/config-signing-key.pem'],
    ['win32', 'C:\\ProgramData\\portal-kiosk\\config-signing-key.pem'],
    ['darwin', '/Library/Application Support/portal-kiosk/config-signing-key.pem'],
  ] as const)('%s → %s (fixed: never from the environment)', (platform, expected) => {
    expect(publicKeyLocation(platform)).toBe(expected)
  })
})
