// @vitest-environment node
import type { IpcMain } from 'electron'
import { describe, expect, it } from 'vitest'

import { createConfigStore } from '../../../electron/main/config/config-store'
import type { ConfigLoad } from '../../../electron/main/config/load-config'
import { registerConfigIpc, RECHECK_INTERVAL_MS } from '../../../electron/main/ipc/config-ipc'
import { createIpcRouter } from '../../../electron/main/ipc/ipc-router'
import { defaultConfig } from '../../../shared/config/default-config'
import { asElectron, FakeIpcMain } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const bad: ConfigLoad = {
  ok: false,
  source: { kind: 'user-data', path: '/data/kiosk.config.json' },
  problems: [{ path: 'clinicName', message: 'is required' }],
}
const good: ConfigLoad = { ok: true, config: defaultConfig, source: { kind: 'embedded' } }

async function setup(first: ConfigLoad) {
  const ipcMain = new FakeIpcMain()
  const audit = createRecordingAuditLog()
  let next = first
  let loads = 0
  const store = createConfigStore({
    audit,
    load: () => {
      loads += 1
      return Promise.resolve(next)
    },
  })
  await store.reload()
  let time = 1_000_000
  const router = createIpcRouter({
    ipcMain: asElectron<Pick<IpcMain, 'handle'>>(ipcMain),
    isTrustedSender: () => true,
    audit,
  })
  registerConfigIpc(router, { config: store, now: () => time })
  return {
    invoke: (channel: string) => ipcMain.invoke(channel, {}, {}),
    setNext: (load: ConfigLoad) => (next = load),
    loads: () => loads,
    advance: (ms: number) => (time += ms),
  }
}

describe('config IPC', () => {
  it('serves the loaded configuration, never the PIN hash', async () => {
    const { invoke } = await setup(good)
    const answer = (await invoke('config:get-public')) as {
      ok: true
      value: { clinicName: string }
    }
    expect(answer.ok).toBe(true)
    expect(answer.value.clinicName).toBe(defaultConfig.clinicName)
    expect(JSON.stringify(answer)).not.toContain('pinHash')
  })

  it('refuses the public configuration while the file is invalid (no default fallback)', async () => {
    const { invoke } = await setup(bad)
    await expect(invoke('config:get-public')).resolves.toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'not-configured' },
    })
    await expect(invoke('config:get-status')).resolves.toEqual({
      ok: true,
      value: {
        state: 'invalid',
        source: { kind: 'user-data', path: '/data/kiosk.config.json' },
        problems: [{ path: 'clinicName', message: 'is required' }],
      },
    })
  })

  it('"check again" re-reads a broken file, at most every few seconds', async () => {
    const { invoke, setNext, loads, advance } = await setup(bad)
    await invoke('config:recheck')
    expect(loads()).toBe(2)
    await invoke('config:recheck')
    expect(loads()).toBe(2)
    advance(RECHECK_INTERVAL_MS)
    setNext(good)
    await expect(invoke('config:recheck')).resolves.toMatchObject({
      ok: true,
      value: { state: 'ok' },
    })
    expect(loads()).toBe(3)
  })

  it('"check again" is refused once the configuration is good (reloading needs the PIN)', async () => {
    const { invoke } = await setup(good)
    await expect(invoke('config:recheck')).resolves.toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'config-ok' },
    })
  })
})
