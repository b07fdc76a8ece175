// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { publicKeyLocation } from '../../electron/main/config/config-signature'
import { parseConfig } from '../../shared/config/kiosk-config'
import { useTempDirs } from '../main/config/temp-dir'
import { validConfigJson, withChange } from '../shared/config/config-fixtures'

const script = resolve(import.meta.dirname, '../../scripts/check-config.mjs')
const tempDir = useTempDirs()

function run(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function fileWith(content: string): string {
  const path = join(tempDir(), 'kiosk.config.json')
  writeFileSync(path, content)
  return path
}

/** The embedded default with every item confirmed by IT. */
function confirmedConfig() {
  const config = validConfigJson()
  withChange('portals.0.verify', false, config)
  withChange('portals.1.verify', false, config)
  withChange('support.verify', false, config)
  withChange('frontDesk.verify', false, config)
  return config
}

describe('npm run check-config -- <file>', { timeout: 30_000 }, () => {
  it('accepts a valid, fully confirmed file (exit 0, nothing to confirm)', () => {
    const { code, stdout } = run([fileWith(JSON.stringify(confirmedConfig()))])
    expect(code).toBe(0)
    expect(stdout).toContain('Valid: the kiosk would load this file.')
    expect(stdout).toMatch(/^SHA-256: [0-9a-f]{64}$/m)
    expect(stdout).not.toContain('unverified')
  })

  it('prints the same problems the locked screen lists, and exits 1', () => {
    const broken = withChange('timing.idleSeconds', 10, confirmedConfig())
    withChange('portals.0.signUpUrl', 'http://onlineservices.mayoclinic.org/x', broken)
    withChange('clinicNmae', 'typo', broken)
    const parsed = parseConfig(broken)
    if (parsed.ok) throw new Error('the sample should be broken')
    const { code, stdout } = run([fileWith(JSON.stringify(broken))])
    expect(code).toBe(1)
    expect(stdout).toContain(`${parsed.problems.length} problems (the kiosk would stay locked):`)
    for (const problem of parsed.problems)
      expect(stdout).toContain(`  ${problem.path} ${problem.message}`)
  })

  it('reports a file that is not JSON', () => {
    const { code, stdout } = run([fileWith('{ "clinicName": ')])
    expect(code).toBe(1)
    expect(stdout).toMatch(/\(file\) is not valid JSON/)
  })

  it('lists every unverified item of a valid file (the embedded default)', () => {
    const { code, stdout } = run([fileWith(JSON.stringify(validConfigJson()))])
    expect(code).toBe(0)
    expect(stdout).toContain('7 unverified items')
    expect(stdout).toContain('  portals.0 "mayo-clinic"')
    expect(stdout).toContain('  portals.1 "mayo-clinic-health-system"')
    expect(stdout).toContain('  support.hours ')
    expect(stdout).toContain('  support.teenPhoneOption ')
    expect(stdout).toContain('  frontDesk.issuesActivationCodes whether the front desk gives out')
  })

  it('explains its usage without a file', () => {
    const { code, stderr } = run([])
    expect(code).toBe(2)
    expect(stderr).toContain('usage: npm run check-config -- <path')
  })

  it('reports a key written twice, with its path', () => {
    const text = JSON.stringify(confirmedConfig()).replace(
      '"timing":{',
      '"timing":{"idleSeconds":5,',
    )
    const { code, stdout } = run([fileWith(text)])
    expect(code).toBe(1)
    expect(stdout).toContain('  timing.idleSeconds is written more than once in the same object')
  })
})

/** A key pair on disk, and a file signed with it. */
function signedFile(config: unknown = confirmedConfig()) {
  const pair = generateKeyPairSync('ed25519')
  const publicKey = join(tempDir(), 'fleet-public.pem')
  writeFileSync(publicKey, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  const bytes = Buffer.from(JSON.stringify(config))
  const path = fileWith(bytes.toString())
  const signWith = (key = pair.privateKey) =>
    writeFileSync(`${path}.sig`, sign(null, bytes, key).toString('base64'))
  return { path, publicKey, signWith }
}

const installedKey = publicKeyLocation(process.platform)

describe('npm run check-config: the signature, as the kiosk judges it', { timeout: 30_000 }, () => {
  it('verifies with --key <public key file> and names the key by its fingerprint', () => {
    const f = signedFile()
    f.signWith()
    const { code, stdout } = run([f.path, '--key', f.publicKey])
    expect(code).toBe(0)
    expect(stdout).toMatch(
      new RegExp(
        `^Signature: valid, made with the key at ${f.publicKey} \\(public key SHA-256 [0-9a-f]{64}\\)$`,
        'm',
      ),
    )
    expect(stdout).toContain('Valid: the kiosk would load this file.')
  })

  const refusals: [string, (f: ReturnType<typeof signedFile>) => string[], string][] = [
    [
      'an unsigned file',
      (f) => [f.path, '--key', f.publicKey],
      '(signature) is missing: a signed configuration is required',
    ],
    [
      'a file signed with another key',
      (f) => {
        f.signWith(generateKeyPairSync('ed25519').privateKey)
        return [f.path, '--key', f.publicKey]
      },
      '(signature) does not match: the file was changed after signing, or signed with another key',
    ],
    [
      'a --key file that does not exist',
      (f) => [f.path, `--key=${f.publicKey}.missing`],
      '(signature) the signing key',
    ],
  ]

  it.each(refusals)('refuses %s (exit 1)', (_name, args, expected) => {
    const { code, stdout } = run(args(signedFile()))
    expect(code).toBe(1)
    expect(stdout).toContain('Signature: refused (see the problems below)')
    expect(stdout).toContain(`  ${expected}`)
    expect(stdout).not.toContain('Valid:')
  })

  it.skipIf(existsSync(installedKey))(
    'says plainly when the file asks for signing and no key can check it (exit 1)',
    () => {
      const f = signedFile(withChange('requireSignedConfig', true, confirmedConfig()))
      f.signWith()
      const { code, stdout } = run([f.path])
      expect(code).toBe(1)
      expect(stdout).toContain(
        `Signature: REQUIRED BUT NOT CHECKED: the file asks for signing and there is no public key at ${installedKey}. Give the fleet's public key: --key <public key file>`,
      )
      expect(stdout).toContain(
        `  (signature) requireSignedConfig is true but no signing key is installed at ${installedKey}`,
      )
      expect(stdout).not.toContain('Valid:')
    },
  )

  it.skipIf(existsSync(installedKey))(
    'says the signature was not checked when nothing asks for it',
    () => {
      const { code, stdout } = run([fileWith(JSON.stringify(confirmedConfig()))])
      expect(code).toBe(0)
      expect(stdout).toContain(`Signature: not checked (no key at ${installedKey}`)
    },
  )
})
