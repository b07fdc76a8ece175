// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import { createConfigStore } from '../../../electron/main/config/config-store'
import type { ConfigLoad } from '../../../electron/main/config/load-config'
import { defaultConfig } from '../../../shared/config/default-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const good: ConfigLoad = {
  ok: true,
  config: defaultConfig,
  source: { kind: 'user-data', path: '/data/kiosk.config.json' },
  sha256: 'a'.repeat(64),
}
const bad: ConfigLoad = {
  ok: false,
  source: { kind: 'argument', path: '/etc/kiosk.json' },
  sha256: 'b'.repeat(64),
  problems: [{ path: 'timing.idleSeconds', message: 'must be at least 30' }],
}

function setup(first: ConfigLoad) {
  const audit = createRecordingAuditLog()
  let next = first
  const store = createConfigStore({ audit, load: () => Promise.resolve(next) })
  return { audit, store, setNext: (load: ConfigLoad) => (next = load) }
}

describe('the configuration store', () => {
  it('is invalid (so nothing can start) until the first load', () => {
    const { store } = setup(good)
    expect(store.current()).toBeNull()
    expect(store.status().state).toBe('invalid')
  })

  it('logs the source and SHA-256 of a good file', async () => {
    const { store, audit } = setup(good)
    await store.reload()
    expect(store.current()).toBe(defaultConfig)
    expect(store.status()).toEqual({
      state: 'ok',
      source: good.source,
      sha256: good.sha256,
      problems: [],
      // The embedded default's unconfirmed items, listed for staff.
      unverified: unverifiedItems(defaultConfig),
    })
    expect(store.status().unverified?.map((item) => item.path)).toEqual([
      'portals.0',
      'portals.1',
      'support.hours',
      'support.teenPhoneOption',
      'frontDesk.issuesActivationCodes',
      'frontDesk.hasProxyRequestForms',
      'frontDesk.helpsSetUpTeenAccounts',
    ])
    expect(audit.events).toEqual([
      {
        event: 'config-loaded',
        fields: { source: 'user-data', path: '/data/kiosk.config.json', sha256: good.sha256 },
      },
    ])
  })

  it('logs every problem of a bad file and serves no configuration', async () => {
    const { store, audit } = setup(bad)
    await store.reload()
    expect(store.current()).toBeNull()
    expect(store.status()).toEqual({
      state: 'invalid',
      source: bad.source,
      sha256: bad.sha256,
      problems: [{ path: 'timing.idleSeconds', message: 'must be at least 30' }],
    })
    expect(audit.events).toEqual([
      {
        event: 'config-invalid',
        fields: {
          source: 'argument',
          path: '/etc/kiosk.json',
          sha256: bad.sha256,
          problems: ['timing.idleSeconds: must be at least 30'],
        },
      },
    ])
  })

  it('a reload that breaks the file replaces the good configuration (no silent fallback)', async () => {
    const { store, setNext } = setup(good)
    await store.reload()
    setNext(bad)
    const listener = vi.fn()
    store.subscribe(listener)
    await store.reload()
    expect(store.current()).toBeNull()
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ state: 'invalid' }))
  })

  it('runs loads one at a time in the order asked, so an older read never wins', async () => {
    const audit = createRecordingAuditLog()
    const reads: { resolve: (load: ConfigLoad) => void }[] = []
    const store = createConfigStore({
      audit,
      load: () => new Promise<ConfigLoad>((resolve) => reads.push({ resolve })),
    })
    const older = store.reload() // e.g. staff "Reload configuration", slow to read
    const newer = store.reloadIf(() => true) // live reload of the file written since
    await Promise.resolve()
    expect(reads).toHaveLength(1) // the second read waits for the first to commit
    reads[0]?.resolve(bad)
    await older
    await vi.waitFor(() => expect(reads).toHaveLength(2))
    reads[1]?.resolve(good)
    await newer
    expect(store.status().state).toBe('ok')
    expect(audit.events.map((e) => e.event)).toEqual(['config-invalid', 'config-loaded'])
  })
})
