// @vitest-environment node
import type { App, Clipboard } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { quitAfterFlush } from '../../electron/main/quit-after-flush'
import { clearAllClipboards } from '../../electron/main/wipe/clipboards'
import { createQuitPermission } from '../../electron/main/window-close-guard'
import { realTimers } from '../../shared/session/session-runner'
import { asElectron, FakeApp, FakeClipboard } from './fakes/fake-electron'
import { createRecordingAuditLog } from './fakes/recording-audit-log'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** Wired as index.ts wires it, with the clipboard clearing on will-quit beside it. */
function kiosk(flush: () => Promise<void>) {
  const app = new FakeApp()
  const audit = createRecordingAuditLog()
  const permission = createQuitPermission()
  const clipboard = new FakeClipboard()
  const order: string[] = []
  const quitFor = quitAfterFlush({
    app: asElectron<Pick<App, 'on' | 'quit'>>(app),
    permission,
    audit,
    flush: async () => {
      order.push('flush-start')
      await flush()
      order.push('flushed')
    },
    timers: realTimers,
  })
  app.on('will-quit', () => {
    order.push('will-quit')
    clearAllClipboards(asElectron<Clipboard>(clipboard))
  })
  return { app, audit, permission, clipboard, order, quitFor }
}

describe('telemetry is flushed before the kiosk quits', () => {
  it('a planned restart or staff exit waits for the flush, then quits and clears the clipboard', async () => {
    let finish = (): void => undefined
    const k = kiosk(() => new Promise<void>((resolve) => (finish = resolve)))
    k.clipboard.text = 'a patient’s copied text'
    k.quitFor('restart')
    await vi.advanceTimersByTimeAsync(500)
    expect(k.app.exits).toBe(0) // still exporting the last interval's points
    expect(k.order).toEqual(['flush-start'])
    finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(k.order).toEqual(['flush-start', 'flushed', 'will-quit'])
    expect(k.app.exits).toBe(1)
    expect(k.clipboard.text).toBe('')
    expect(k.permission.reason()).toBe('restart')
  })

  it('a collector that never answers delays the quit by 2 s at most', async () => {
    const k = kiosk(() => new Promise<void>(() => undefined))
    k.quitFor('staff-exit')
    await vi.advanceTimersByTimeAsync(1_999)
    expect(k.app.exits).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(k.app.exits).toBe(1)
    expect(k.order).toEqual(['flush-start', 'will-quit'])
  })

  it('a failing flush never keeps the kiosk up', async () => {
    const k = kiosk(() => Promise.reject(new Error('collector down')))
    k.quitFor('staff-exit')
    await vi.advanceTimersByTimeAsync(0)
    expect(k.app.exits).toBe(1)
  })

  it('an OS quit is let through, logged once, and flushed first as well', async () => {
    const k = kiosk(() => Promise.resolve())
    k.app.quit() // systemctl stop: not through our code
    expect(k.app.exits).toBe(0)
    expect(k.permission.mayClose()).toBe(true) // the window's close guard lets it close
    await vi.advanceTimersByTimeAsync(0)
    expect(k.app.exits).toBe(1)
    expect(k.order).toEqual(['flush-start', 'flushed', 'will-quit'])
    expect(k.audit.events).toEqual([{ event: 'app-stop', fields: { reason: 'os-quit' } }])
  })

  it('a second quit while flushing does not flush twice', async () => {
    const k = kiosk(() => Promise.resolve())
    k.quitFor('staff-exit')
    k.app.quit()
    await vi.advanceTimersByTimeAsync(0)
    expect(k.order.filter((step) => step === 'flush-start')).toHaveLength(1)
    expect(k.app.exits).toBe(1)
  })
})
