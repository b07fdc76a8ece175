// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createKioskHarness } from '../support/kiosk-harness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const open = { portalId: 'mayo-clinic', entry: 'sign-up' } as const

describe('leaving the hand-off for the done screen (portal:finish)', () => {
  it('closes the portal view at once and destroys its page', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', open)
    const view = kiosk.currentView()
    expect(view).toBeDefined()
    const finishing = kiosk.invoke('portal:finish', {})
    await vi.advanceTimersByTimeAsync(0)
    expect(await finishing).toEqual({ ok: true, value: { state: 'closed' } })
    expect(kiosk.contentView.children).toHaveLength(0)
    expect(view?.webContents.isDestroyed()).toBe(true)
    expect(kiosk.portal.hasView()).toBe(false)
  })

  it('refuses to bring the portal back (open, reload, typing) until the session is wiped', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', open)
    await kiosk.invoke('portal:finish', {})
    const refused = { ok: false, error: { code: 'rejected', detail: 'portal-finished' } }
    expect(await kiosk.invoke('portal:open', open)).toEqual(refused)
    expect(await kiosk.invoke('portal:reload', {})).toEqual(refused)
    expect(await kiosk.invoke('portal:type-text', { text: 'x' })).toMatchObject({ ok: false })
    expect(kiosk.contentView.children).toHaveLength(0)

    // The done screen's countdown ends in the normal, verified wipe; the next patient may open
    // a portal again, in a new partition.
    expect(await kiosk.invoke('session:end', { reason: 'patient-done' })).toMatchObject({
      ok: true,
      value: { phase: 'attract' },
    })
    await kiosk.invoke('session:start', { language: 'en' })
    expect(await kiosk.invoke('portal:open', open)).toEqual({
      ok: true,
      value: { state: 'loading' },
    })
  })
})
