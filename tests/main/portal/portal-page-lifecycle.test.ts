// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LOADING_CHECK_MS } from '../../../electron/main/portal/portal-view'
import { fakeEvent } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

const PORTAL = 'https://onlineservices.mayoclinic.org'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

async function openedPortal() {
  const kiosk = createKioskHarness()
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view was created')
  return { kiosk, view, contents: view.webContents }
}

describe('a page with an "unsaved changes" guard (beforeunload)', () => {
  it('always unloads: will-prevent-unload is prevented, so links and reloads go through', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.finishLoading()
    contents.pageHasBeforeUnload = true
    const prevented = vi.fn()
    contents.once('will-prevent-unload', (event: { defaultPrevented: boolean }) => {
      queueMicrotask(() => prevented(event.defaultPrevented))
    })
    expect(await kiosk.invoke('portal:reload', {})).toEqual({
      ok: true,
      value: { state: 'loading' },
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(prevented).toHaveBeenCalledWith(true)
    expect(contents.reloads).toBe(1)
    contents.finishLoading()
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
  })

  it('a reload that reports nothing never leaves the status at "loading"', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.finishLoading()
    // Silence the kiosk's own listener to model a cancelled reload: Electron then says nothing.
    contents.removeAllListeners('will-prevent-unload')
    contents.pageHasBeforeUnload = true
    await kiosk.invoke('portal:reload', {})
    expect(contents.reloads).toBe(0)
    expect(kiosk.portal.status()).toEqual({ state: 'loading' })
    await vi.advanceTimersByTimeAsync(LOADING_CHECK_MS)
    // The page that was there is still there: the patient can go on.
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
  })

  it('an aborted first load (nothing on screen yet) ends calmly as "failed", logged', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', `${PORTAL}/patientportal`, true)
    contents.loading = false
    contents.emit('did-stop-loading')
    expect(kiosk.portal.status()).toEqual({ state: 'failed' })
    expect(kiosk.events).toContainEqual({
      event: 'portal-load-failed',
      fields: { portalId: 'mayo-clinic', origin: PORTAL, errorCode: -3 },
    })
  })

  it('keeps "loading" while the page really is still loading (a slow portal is not failed)', async () => {
    const { kiosk, contents } = await openedPortal()
    expect(contents.isLoading()).toBe(true)
    await vi.advanceTimersByTimeAsync(LOADING_CHECK_MS * 5)
    expect(kiosk.portal.status()).toEqual({ state: 'loading' })
    contents.finishLoading()
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
  })
})

describe('a page that closes its own view (window.close())', () => {
  it('shows the calm "page didn’t load" state, takes the dead view out, and logs it', async () => {
    const { kiosk, view, contents } = await openedPortal()
    contents.finishLoading()
    contents.closeFromPage()
    expect(kiosk.portal.status()).toEqual({ state: 'failed' })
    expect(kiosk.contentView.children).not.toContain(view)
    expect(kiosk.portal.hasView()).toBe(false)
    expect(kiosk.events).toContainEqual({
      event: 'portal-view-lost',
      fields: { portalId: 'mayo-clinic', how: 'destroyed' },
    })
    // Losing the debugger with the page is not a lost guard (the page is gone, not unguarded).
    await vi.advanceTimersByTimeAsync(0)
    expect(kiosk.events.map((entry) => entry.event)).not.toContain('dialog-guard-failed')
  })

  it('"Try again" builds a fresh view and loads the entry page again — every time', async () => {
    const { kiosk, view } = await openedPortal()
    let current = view
    for (let attempt = 0; attempt < 3; attempt += 1) {
      current.webContents.finishLoading()
      current.webContents.closeFromPage()
      const retried = await kiosk.invoke('portal:reload', {})
      expect(retried).toEqual({ ok: true, value: { state: 'loading' } })
      const fresh = kiosk.currentView()
      if (fresh === undefined) throw new Error('no fresh view')
      expect(fresh).not.toBe(current)
      expect(fresh.webContents.isDestroyed()).toBe(false)
      expect(fresh.webContents.loaded).toEqual([`${PORTAL}/patientportal`])
      // Same patient, same partition: the fresh view is guarded and locked like the first.
      expect(fresh.options.webPreferences?.['partition']).toBe(
        view.options.webPreferences?.['partition'],
      )
      expect(fresh.webContents.debugger.isAttached()).toBe(true)
      current = fresh
    }
    expect(kiosk.contentView.children).toEqual([current])
  })

  it('keyboard and pre-fill calls say "portal closed" instead of touching dead contents', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.closeFromPage()
    expect(await kiosk.invoke('portal:type-text', { text: 'a' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'portal-closed' },
    })
  })

  it('the wipe after a page-closed view still verifies', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.closeFromPage()
    await kiosk.invoke('session:end', { reason: 'patient-done' })
    await vi.advanceTimersByTimeAsync(0)
    expect(kiosk.events).toContainEqual(
      expect.objectContaining({
        event: 'wipe-finished',
        fields: expect.objectContaining({ result: 'verified' }),
      }),
    )
  })

  it('a crashed page is never reused: "Try again" gets a fresh view', async () => {
    const { kiosk, view, contents } = await openedPortal()
    contents.crashed = true
    await kiosk.invoke('portal:reload', {})
    expect(kiosk.currentView()).not.toBe(view)
    expect(kiosk.currentView()?.webContents.loaded).toEqual([`${PORTAL}/patientportal`])
  })
})
