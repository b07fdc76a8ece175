// @vitest-environment node
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { createFileLockoutStore } from '../../../electron/main/staff/lockout-store'
import { hashPin } from '../../../electron/main/staff/pin-hash'
import {
  createStaffAuth,
  LOCKOUT_MS,
  UNLOCK_IDLE_MS,
  UNLOCK_MAX_MS,
} from '../../../electron/main/staff/staff-auth'
import type { ScryptPinHash } from '../../../shared/config/pin-hash-schema'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { useTempDirs } from '../config/temp-dir'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const PIN = '135790'
let stored: ScryptPinHash
beforeAll(async () => {
  stored = await hashPin(PIN, { N: 16_384, r: 8, p: 1, keyLength: 32 })
})

const tempDir = useTempDirs()
const fs = { readFileSync, writeFileSync, renameSync }

function setup(options: { dir?: string; pin?: () => ScryptPinHash | null; start?: number } = {}) {
  const dir = options.dir ?? tempDir()
  const clock = { now: options.start ?? Date.UTC(2025, 0, 6, 9) }
  const audit = createRecordingAuditLog()
  const auth = createStaffAuth({
    pinHash: options.pin ?? (() => stored),
    store: createFileLockoutStore(fs, join(dir, 'staff-lockout.json'), audit),
    audit,
    now: () => clock.now,
  })
  return { auth, audit, clock, dir }
}

async function failFiveTimes(auth: ReturnType<typeof setup>['auth']) {
  const results = []
  for (let attempt = 0; attempt < 5; attempt += 1) results.push(await auth.unlock('000000'))
  return results
}

describe('staff unlock', () => {
  it('says staff mode is off when no PIN hash is configured', async () => {
    const { auth } = setup({ pin: () => null })
    expect(auth.access()).toEqual({ access: 'disabled' })
    expect(await auth.unlock(PIN)).toEqual({ result: 'disabled' })
  })

  it('unlocks with the right PIN and logs the attempt without the PIN', async () => {
    const { auth, audit, clock } = setup()
    expect(auth.access()).toEqual({ access: 'locked', attemptsLeft: 5 })
    expect(await auth.unlock(PIN)).toEqual({
      result: 'unlocked',
      expiresAt: clock.now + UNLOCK_IDLE_MS,
    })
    expect(() => auth.requireUnlocked()).not.toThrow()
    expect(audit.events).toEqual([
      { event: 'staff-unlock-attempt', fields: { result: 'unlocked', failures: 0 } },
    ])
    expect(JSON.stringify(audit.events)).not.toContain(PIN)
  })

  it('counts down the attempts left, then locks out for five minutes', async () => {
    const { auth, audit, clock } = setup()
    const results = await failFiveTimes(auth)
    expect(results.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((left) => ({ result: 'wrong-pin', attemptsLeft: left })),
    )
    expect(results[4]).toEqual({ result: 'locked-out', lockedOutUntil: clock.now + LOCKOUT_MS })
    // Even the right PIN is refused during the lockout.
    expect(await auth.unlock(PIN)).toEqual({
      result: 'locked-out',
      lockedOutUntil: clock.now + LOCKOUT_MS,
    })
    expect(audit.events.map((event) => event.event)).toContain('staff-locked-out')
    expect(audit.events.filter((event) => event.event === 'staff-unlock-attempt')).toHaveLength(6)
    expect(JSON.stringify(audit.events)).not.toContain('000000')
  })

  it('lets staff try again once the five minutes are over', async () => {
    const { auth, clock } = setup()
    await failFiveTimes(auth)
    clock.now += LOCKOUT_MS - 1
    expect(auth.access().access).toBe('locked-out')
    clock.now += 1
    expect(auth.access()).toEqual({ access: 'locked', attemptsLeft: 5 })
    expect((await auth.unlock(PIN)).result).toBe('unlocked')
  })

  it('keeps the lockout across a new instance (UI reload or app restart)', async () => {
    const first = setup()
    await failFiveTimes(first.auth)
    const restarted = setup({ dir: first.dir, start: first.clock.now + 60_000 })
    expect(restarted.auth.access()).toEqual({
      access: 'locked-out',
      lockedOutUntil: first.clock.now + LOCKOUT_MS,
    })
    expect((await restarted.auth.unlock(PIN)).result).toBe('locked-out')
  })

  it('keeps the failure count across a restart, so restarting does not buy more guesses', async () => {
    const first = setup()
    for (let attempt = 0; attempt < 3; attempt += 1) await first.auth.unlock('000000')
    const restarted = setup({ dir: first.dir })
    expect(restarted.auth.access()).toEqual({ access: 'locked', attemptsLeft: 2 })
  })

  it('fails closed on a damaged lockout file: a fresh lockout, logged', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'staff-lockout.json'), '{"failures": "none"}')
    const { auth, audit, clock } = setup({ dir })
    expect(auth.access()).toEqual({ access: 'locked-out', lockedOutUntil: clock.now + LOCKOUT_MS })
    expect(audit.events).toContainEqual({
      event: 'state-file-problem',
      fields: { file: 'staff-lockout.json', problem: 'damaged' },
    })
  })

  it('does not let a wound-back clock stretch the lockout beyond five minutes', async () => {
    const first = setup()
    await failFiveTimes(first.auth)
    const backInTime = first.clock.now - 24 * 3_600_000
    const restarted = setup({ dir: first.dir, start: backInTime })
    expect(restarted.auth.access()).toEqual({
      access: 'locked-out',
      lockedOutUntil: backInTime + LOCKOUT_MS,
    })
  })

  it('checks one attempt at a time: a parallel guess is refused as busy', async () => {
    const { auth } = setup()
    const [first, second] = await Promise.all([auth.unlock('000000'), auth.unlock('111111')])
    expect(first).toEqual({ result: 'wrong-pin', attemptsLeft: 4 })
    expect(second).toEqual({ result: 'busy' })
  })
})

describe('the unlocked state', () => {
  it('refuses staff actions unless unlocked', () => {
    const { auth } = setup()
    expect(() => auth.requireUnlocked()).toThrow(IpcRejection)
    expect(() => auth.requireUnlocked()).toThrow('staff-locked')
  })

  it('expires after two idle minutes, and each action keeps it alive', async () => {
    const { auth, clock, audit } = setup()
    await auth.unlock(PIN)
    clock.now += UNLOCK_IDLE_MS - 1000
    auth.requireUnlocked()
    clock.now += UNLOCK_IDLE_MS - 1000
    expect(() => auth.requireUnlocked()).not.toThrow()
    clock.now += UNLOCK_IDLE_MS
    expect(() => auth.requireUnlocked()).toThrow('staff-locked')
    expect(audit.events.at(-1)).toEqual({ event: 'staff-locked', fields: { reason: 'expired' } })
  })

  it('expires after fifteen minutes however busy', async () => {
    const { auth, clock } = setup()
    await auth.unlock(PIN)
    for (let elapsed = 0; elapsed < UNLOCK_MAX_MS - 60_000; elapsed += 60_000) {
      clock.now += 60_000
      auth.requireUnlocked()
    }
    clock.now += 60_000
    expect(() => auth.requireUnlocked()).toThrow('staff-locked')
  })

  it('locks at once when staff close the panel', async () => {
    const { auth, audit } = setup()
    await auth.unlock(PIN)
    auth.lock('staff')
    expect(auth.access()).toEqual({ access: 'locked', attemptsLeft: 5 })
    expect(audit.events.at(-1)).toEqual({ event: 'staff-locked', fields: { reason: 'staff' } })
  })
})
