// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  PING_INTERVAL_MS,
  PING_TIMEOUT_MS,
  pingRenderer,
  type PingedContents,
} from '../../../electron/main/recovery/hang-ping'
import { asElectron, FakeWebContents } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const timers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

describe('the hang ping', () => {
  it('keeps quiet while the page answers, and reports once when it stops answering', async () => {
    const contents = new FakeWebContents()
    const onHung = vi.fn()
    pingRenderer(asElectron<PingedContents>(contents), onHung, timers)
    await vi.advanceTimersByTimeAsync(10 * PING_INTERVAL_MS)
    expect(onHung).not.toHaveBeenCalled()
    expect(contents.mainFrame.scripts.length).toBeGreaterThanOrEqual(9)
    contents.mainFrame.hung = true
    await vi.advanceTimersByTimeAsync(PING_INTERVAL_MS + PING_TIMEOUT_MS)
    expect(onHung).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10 * PING_INTERVAL_MS)
    expect(onHung).toHaveBeenCalledTimes(1)
  })

  it('a frame replaced by a navigation (rejected call) is an answer, not a hang', async () => {
    const contents = new FakeWebContents()
    const onHung = vi.fn()
    pingRenderer(asElectron<PingedContents>(contents), onHung, timers)
    contents.mainFrame.detached = true
    await vi.advanceTimersByTimeAsync(5 * (PING_INTERVAL_MS + PING_TIMEOUT_MS))
    expect(onHung).not.toHaveBeenCalled()
  })

  it('stops with the contents', async () => {
    const contents = new FakeWebContents()
    const onHung = vi.fn()
    pingRenderer(asElectron<PingedContents>(contents), onHung, timers)
    contents.close()
    await vi.advanceTimersByTimeAsync(0)
    const sent = contents.mainFrame.scripts.length
    await vi.advanceTimersByTimeAsync(10 * PING_INTERVAL_MS)
    expect(contents.mainFrame.scripts.length).toBe(sent)
    expect(onHung).not.toHaveBeenCalled()
  })
})

describe('a portal that hangs while hidden', () => {
  it('is found and wiped though `unresponsive` never fires (hidden behind the idle warning)', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    const view = kiosk.currentView()
    if (view === undefined) throw new Error('no portal view')
    await kiosk.invoke('portal:set-bounds', {
      visible: true,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
    })
    await vi.advanceTimersByTimeAsync(90_000) // idle → the warning hides the portal
    expect(kiosk.lifecycle.phase()).toBe('warning')
    expect(view.visible).toBe(false)
    view.webContents.mainFrame.hung = true // and nobody emits 'unresponsive' for a hidden view
    await vi.advanceTimersByTimeAsync(PING_INTERVAL_MS + PING_TIMEOUT_MS)
    expect(kiosk.events).toContainEqual({
      event: 'renderer-unresponsive',
      fields: { view: 'portal', graceMs: PING_TIMEOUT_MS },
    })
    expect(kiosk.events).toContainEqual(
      expect.objectContaining({
        event: 'session-end',
        fields: expect.objectContaining({ cause: 'portal-unresponsive' }),
      }),
    )
  })
})
