// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import { gateSessionOnConfig } from '../../../electron/main/config/config-gated-session'
import { createConfigStore } from '../../../electron/main/config/config-store'
import type { ConfigLoad } from '../../../electron/main/config/load-config'
import { createSessionController } from '../../../electron/main/session/session-controller'
import { defaultConfig } from '../../../shared/config/default-config'
import type { SessionView } from '../../../shared/ipc/session-channels'
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
    })
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
})

describe('the session gate', () => {
  async function gated(first: ConfigLoad) {
    const context = setup(first)
    await context.store.reload()
    const inner = createSessionController(() => 0)
    const session = gateSessionOnConfig(inner, context.store)
    const views: SessionView[] = []
    session.subscribe((view) => views.push(view))
    return { ...context, inner, session, views }
  }

  it('shows config-error and refuses to start a session on a bad configuration', async () => {
    const { session, inner } = await gated(bad)
    expect(session.view()).toEqual({ phase: 'config-error', generation: 0 })
    expect(session.start('en')).toEqual({ phase: 'config-error', generation: 0 })
    expect(inner.view().phase).toBe('attract')
  })

  it('passes the session through untouched on a good configuration', async () => {
    const { session } = await gated(good)
    expect(session.start('es')).toEqual({ phase: 'active', generation: 0 })
    expect((await session.end('patient-done')).phase).toBe('attract')
  })

  it('wipes a running session when the configuration turns bad, then stays locked', async () => {
    const { session, inner, store, setNext, views } = await gated(good)
    const ended = vi.fn()
    session.onSessionEnded(ended)
    session.start('en')
    setNext(bad)
    await store.reload()
    expect(ended).toHaveBeenCalledWith(expect.objectContaining({ cause: 'staff-reset' }))
    expect(inner.view().phase).toBe('attract')
    expect(session.view().phase).toBe('config-error')
    expect(views.at(-1)?.phase).toBe('config-error')
  })

  it('unlocks when the file is fixed, with a new generation so the UI starts afresh', async () => {
    const { session, store, setNext, views } = await gated(bad)
    const before = session.view().generation
    setNext(good)
    await store.reload()
    expect(session.view().phase).toBe('attract')
    expect(session.view().generation).toBeGreaterThan(before)
    expect(views.at(-1)).toEqual(session.view())
  })
})
