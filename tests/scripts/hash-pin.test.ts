// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { verifyPin } from '../../electron/main/staff/pin-hash'
import { scryptPinHashSchema } from '../../shared/config/pin-hash-schema'

const script = resolve(import.meta.dirname, '../../scripts/hash-pin.mjs')

function run(stdin: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], { input: stdin, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run hash-pin', () => {
  it('hashes a PIN piped on stdin into a snippet main can verify', async () => {
    const { code, stdout } = run('135790\n')
    expect(code).toBe(0)
    expect(stdout).not.toContain('135790')
    const snippet = JSON.parse(stdout) as { staff: { pinHash: unknown } }
    const pinHash = scryptPinHashSchema.parse(snippet.staff.pinHash)
    expect(await verifyPin('135790', pinHash)).toBe(true)
    expect(await verifyPin('135791', pinHash)).toBe(false)
  })

  it.each([
    ['123456', 'The PIN must not be a run of digits up or down (like 123456 or 987654).'],
    ['444444', 'The PIN must not be one digit repeated (like 111111).'],
    ['1357', 'The PIN must have at least 6 digits.'],
    ['13a790', 'The PIN must be digits only (0–9).'],
  ])('refuses %s by the policy, printing nothing on stdout', (pin, message) => {
    const { code, stdout, stderr } = run(`${pin}\n`)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`hash-pin: ${message}\n`)
  })

  it('refuses a PIN given as an argument (it would land in shell history)', () => {
    const { code, stdout, stderr } = run('', ['135790'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('never passed as an argument')
  })
})
