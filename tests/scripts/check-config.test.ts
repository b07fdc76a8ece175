// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

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
})
