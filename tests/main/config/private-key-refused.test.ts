// @vitest-environment node
import { generateKeyPairSync, sign } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkConfigFile, formatConfigCheck } from '../../../electron/main/config/check-config-file'
import { createConfigStore } from '../../../electron/main/config/config-store'
import { loadConfig } from '../../../electron/main/config/load-config'
import { readRegularFile } from '../../../electron/main/config/regular-file'
import { validConfigJson } from '../../shared/config/config-fixtures'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const pair = generateKeyPairSync('ed25519')

const REMOVE_IT =
  'is a PRIVATE key: remove it from this computer now and install the public key instead'

/** What may be found where the public key belongs, and whether the kiosk accepts it. */
const keyFiles: [string, () => string | Buffer, 'accepted' | 'private' | RegExp][] = [
  [
    'the Ed25519 public key (SPKI PEM)',
    () => pair.publicKey.export({ type: 'spki', format: 'pem' }),
    'accepted',
  ],
  [
    'its private key (PKCS#8 PEM, as sign-config --new-key writes it)',
    () => pair.privateKey.export({ type: 'pkcs8', format: 'pem' }),
    'private',
  ],
  [
    'its private key, encrypted with a passphrase',
    () =>
      pair.privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'correct horse',
      }),
    'private',
  ],
  [
    'an RSA private key (PKCS#1, "RSA PRIVATE KEY")',
    () =>
      generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
        type: 'pkcs1',
        format: 'pem',
      }),
    'private',
  ],
  [
    'an EC private key (SEC1, "EC PRIVATE KEY")',
    () =>
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
        type: 'sec1',
        format: 'pem',
      }),
    'private',
  ],
  [
    'the private key and the public key in one file',
    () =>
      `${pair.publicKey.export({ type: 'spki', format: 'pem' })}${pair.privateKey.export({ type: 'pkcs8', format: 'pem' })}`,
    'private',
  ],
  [
    'an RSA public key',
    () =>
      generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
        type: 'spki',
        format: 'pem',
      }),
    /is not an Ed25519 public key$/,
  ],
]

function pemBody(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
    .join('')
}

describe('the public-key location accepts a public key only', () => {
  it.each(keyFiles)('%s', async (_name, pem, expected) => {
    const userData = tempDir()
    const configPath = join(userData, 'kiosk.config.json')
    const bytes = Buffer.from(JSON.stringify(validConfigJson()))
    writeFileSync(configPath, bytes)
    writeFileSync(`${configPath}.sig`, sign(null, bytes, pair.privateKey).toString('base64'))
    const publicKeyPath = join(tempDir(), 'config-signing-key.pem')
    const keyText = pem().toString()
    writeFileSync(publicKeyPath, keyText)
    const audit = createRecordingAuditLog()
    const store = createConfigStore({
      audit,
      load: () =>
        loadConfig({
          argv: [],
          env: {},
          cwd: '/',
          userDataPath: userData,
          readFile: readRegularFile,
          publicKeyPath,
        }),
    })
    const status = await store.reload()
    const check = await checkConfigFile(configPath, {
      readFile: readRegularFile,
      publicKeyPath,
      keyGiven: true,
    })
    if (expected === 'accepted') {
      expect(status.state).toBe('ok')
      expect(check.signature.state).toBe('verified')
      return
    }
    expect(status.state).toBe('invalid')
    const message = status.problems[0]?.message ?? ''
    if (expected === 'private') {
      expect(message).toBe(
        `the signing key ${publicKeyPath} ${REMOVE_IT} (the .pem that sign-config --new-key wrote); anyone who copied it can sign configurations, so make a new key pair and re-sign`,
      )
    } else expect(message).toMatch(expected)
    expect(check.problems).toEqual(status.problems)
    // Nothing of the file reaches the locked screen, the audit log or check-config's report.
    const everything = JSON.stringify([status, audit.events]) + formatConfigCheck(check)
    const body = pemBody(keyText)
    for (let at = 0; at + 16 <= body.length; at += 1)
      expect(everything.includes(body.slice(at, at + 16)), `key text at ${at}`).toBe(false)
  })
})
