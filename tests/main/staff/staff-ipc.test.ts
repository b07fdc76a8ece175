// @vitest-environment node
import type { IpcMain } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createConfigStore } from '../../../electron/main/config/config-store'
import type { ConfigLoad } from '../../../electron/main/config/load-config'
import { createIpcRouter } from '../../../electron/main/ipc/ipc-router'
import { registerStaffIpc } from '../../../electron/main/ipc/staff-ipc'
import { emptyCounts, type DailyCounters } from '../../../electron/main/staff/daily-counters'
import type { LockoutState } from '../../../electron/main/staff/lockout-store'
import { hashPin } from '../../../electron/main/staff/pin-hash'
import { createStaffAuth } from '../../../electron/main/staff/staff-auth'
import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { createKioskHarness } from '../support/kiosk-harness'
import { asElectron, FakeIpcMain } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const PIN = '246813'
let config: KioskConfig
beforeAll(async () => {
  const pinHash = await hashPin(PIN, { N: 16_384, r: 8, p: 1, keyLength: 32 })
  config = { ...defaultConfig, staff: { ...defaultConfig.staff, pinHash } }
})

async function setup() {
  const ipcMain = new FakeIpcMain()
  const audit = createRecordingAuditLog()
  let load: ConfigLoad = { ok: true, config, source: { kind: 'user-data', path: '/d/k.json' } }
  /** Set to hold the next reads back (a slow disk), released by its resolver. */
  let gate: Promise<void> | null = null
  const store = createConfigStore({
    audit,
    load: async () => {
      if (gate !== null) await gate
      return load
    },
  })
  await store.reload()
  let lockout: LockoutState = { failures: 0, lockedUntil: null }
  const auth = createStaffAuth({
    pinHash: () => store.current()?.staff.pinHash ?? null,
    store: { load: () => lockout, save: (state) => (lockout = state) },
    audit,
  })
  const session = createKioskHarness({ uiAnswersReset: true }).lifecycle
  const setAssisted = vi.spyOn(session, 'setAssistedMode')
  const recorded: unknown[] = []
  const counters: DailyCounters = {
    record: (summary) => recorded.push(summary),
    today: () => ({ ...emptyCounts('2025-05-12'), sessions: recorded.length }),
  }
  const quit = vi.fn()
  const router = createIpcRouter({
    ipcMain: asElectron<Pick<IpcMain, 'handle'>>(ipcMain),
    isTrustedSender: () => true,
    audit,
  })
  registerStaffIpc(router, {
    auth,
    session,
    config: store,
    counters,
    errors: () => ({ count: 1, recent: [{ event: 'ipc-handler-failed', at: 5 }] }),
    providers: { lastWipe: () => ({ ok: true, durationMs: 42, at: 7 }) },
    appVersion: '1.2.3',
    audit,
    quit,
    defer: (task) => task(),
  })
  const invoke = (channel: string, payload: unknown = {}) => ipcMain.invoke(channel, {}, payload)
  return {
    invoke,
    audit,
    session,
    setAssisted,
    quit,
    recorded,
    breakConfig: () =>
      (load = { ok: false, source: { kind: 'embedded' }, problems: [{ path: 'x', message: 'y' }] }),
    unlock: () => invoke('staff:unlock', { pin: PIN }),
    store,
    holdReads: () => {
      let release = (): void => undefined
      gate = new Promise<void>((resolve) => (release = resolve))
      return () => {
        gate = null
        release()
      }
    },
  }
}

const staffLocked = { ok: false, error: { code: 'rejected', detail: 'staff-locked' } }

describe('staff IPC', () => {
  it.each([
    ['staff:get-status', {}],
    ['staff:reset-session', {}],
    ['staff:set-assisted', { on: true }],
    ['staff:reload-config', {}],
    ['staff:exit', {}],
  ])('refuses %s until staff are unlocked', async (channel, payload) => {
    const { invoke, quit, session } = await setup()
    session.start('en')
    await expect(invoke(channel, payload)).resolves.toEqual(staffLocked)
    expect(quit).not.toHaveBeenCalled()
    expect(session.view().phase).toBe('active')
  })

  it('accepts only 4–12 digits as a PIN request', async () => {
    const { invoke } = await setup()
    for (const pin of ['123', '1234567890123', '12ab56', 246813])
      await expect(invoke('staff:unlock', { pin })).resolves.toEqual({
        ok: false,
        error: { code: 'invalid-request' },
      })
  })

  it('unlocks with the PIN and answers with the status, never the hash or salt', async () => {
    const { invoke, unlock } = await setup()
    await expect(invoke('staff:unlock', { pin: '000000' })).resolves.toEqual({
      ok: true,
      value: { result: 'wrong-pin', attemptsLeft: 4 },
    })
    expect(await unlock()).toMatchObject({ ok: true, value: { result: 'unlocked' } })
    const status = (await invoke('staff:get-status')) as {
      ok: true
      value: Record<string, unknown>
    }
    expect(status.value).toMatchObject({
      appVersion: '1.2.3',
      config: { state: 'ok', source: { kind: 'user-data', path: '/d/k.json' }, problems: [] },
      lastWipe: { ok: true, durationMs: 42, at: 7 },
      errors: { count: 1 },
      counts: { date: '2025-05-12', sessions: 0 },
      assistedMode: false,
    })
    const text = JSON.stringify(status)
    const pinHash = config.staff.pinHash
    expect(text).not.toContain(pinHash?.hash)
    expect(text).not.toContain(pinHash?.salt)
  })

  it('resets the session through the wipe and feeds the counters', async () => {
    const { invoke, unlock, session, audit, recorded } = await setup()
    session.start('es')
    await unlock()
    await expect(invoke('staff:reset-session')).resolves.toMatchObject({
      ok: true,
      value: { phase: 'attract', generation: 1 },
    })
    expect(recorded).toEqual([expect.objectContaining({ cause: 'staff-reset', language: 'es' })])
    expect(audit.events).toContainEqual({
      event: 'staff-action',
      fields: { action: 'reset-session', outcome: 'attract' },
    })
  })

  it('turns assisted mode on for the running session only, until it ends', async () => {
    const { invoke, unlock, session, setAssisted } = await setup()
    await unlock()
    await expect(invoke('staff:set-assisted', { on: true })).resolves.toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'no-session' },
    })
    session.start('en')
    await expect(invoke('staff:set-assisted', { on: true })).resolves.toEqual({
      ok: true,
      value: { assistedMode: true },
    })
    expect(setAssisted).toHaveBeenCalledWith(true)
    await session.end('patient-done')
    const status = (await invoke('staff:get-status')) as { value: { assistedMode: boolean } }
    expect(status.value.assistedMode).toBe(false)
  })

  it('a patient’s help request (no PIN needed) makes the next unlock turn assisted mode on', async () => {
    const { invoke, unlock, session, setAssisted, audit } = await setup()
    await expect(invoke('staff:request-help')).resolves.toEqual({
      ok: true,
      value: { requested: false },
    })
    session.start('es')
    await expect(invoke('staff:request-help')).resolves.toEqual({
      ok: true,
      value: { requested: true },
    })
    expect(setAssisted).not.toHaveBeenCalled()
    expect(await unlock()).toMatchObject({ ok: true, value: { result: 'unlocked' } })
    expect(setAssisted).toHaveBeenCalledWith(true)
    const status = (await invoke('staff:get-status')) as { value: { assistedMode: boolean } }
    expect(status.value.assistedMode).toBe(true)
    expect(audit.events).toContainEqual({
      event: 'staff-action',
      fields: { action: 'assisted-on', outcome: 'help-requested' },
    })
  })

  it('a wrong PIN, or no help request, leaves assisted mode off', async () => {
    const { invoke, unlock, session, setAssisted } = await setup()
    session.start('en')
    await invoke('staff:request-help')
    await invoke('staff:unlock', { pin: '000000' })
    expect(setAssisted).not.toHaveBeenCalled()
    await session.end('patient-done')
    // The request belonged to the patient who left: the next one did not ask.
    session.start('en')
    await unlock()
    expect(setAssisted).not.toHaveBeenCalled()
  })

  it('reloads the configuration, wiping a running session first', async () => {
    const { invoke, unlock, session, breakConfig } = await setup()
    await unlock()
    session.start('en')
    breakConfig()
    await expect(invoke('staff:reload-config')).resolves.toMatchObject({
      ok: true,
      value: { state: 'invalid', problems: [{ path: 'x', message: 'y' }] },
    })
    expect(session.view().phase).toBe('attract')
  })

  it('a patient who starts while the file is read keeps the configuration in force', async () => {
    const { invoke, unlock, session, breakConfig, holdReads, store, audit } = await setup()
    await unlock()
    breakConfig()
    const release = holdReads()
    const reloading = invoke('staff:reload-config')
    await Promise.resolve()
    session.start('en') // Start tapped on the welcome screen while the disk is slow
    release()
    await expect(reloading).resolves.toMatchObject({ ok: true, value: { state: 'ok' } })
    expect(store.current()).not.toBeNull()
    expect(session.view().phase).toBe('active')
    expect(audit.events).toContainEqual({
      event: 'staff-action',
      fields: { action: 'reload-config', outcome: 'patient-started' },
    })
  })

  it('exits the kiosk through the injected quit, logged', async () => {
    const { invoke, unlock, quit, audit } = await setup()
    await unlock()
    await expect(invoke('staff:exit')).resolves.toEqual({ ok: true, value: null })
    expect(quit).toHaveBeenCalledTimes(1)
    expect(audit.events).toContainEqual({
      event: 'staff-action',
      fields: { action: 'exit', outcome: 'quitting' },
    })
  })

  it('locks again on staff:lock', async () => {
    const { invoke, unlock } = await setup()
    await unlock()
    await invoke('staff:lock')
    await expect(invoke('staff:get-status')).resolves.toEqual(staffLocked)
    await expect(invoke('staff:get-access')).resolves.toEqual({
      ok: true,
      value: { access: 'locked', attemptsLeft: 5 },
    })
  })
})
