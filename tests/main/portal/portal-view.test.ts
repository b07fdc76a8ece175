// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { fakeEvent, FakeWebFrameMain } from '../fakes/fake-electron'
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
  const opened = await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view was created')
  return { kiosk, opened, view, contents: view.webContents }
}

describe('the portal view', () => {
  it('loads the profile page in a view with no preload and a fresh in-memory partition', async () => {
    const { opened, view, contents } = await openedPortal()
    expect(opened).toEqual({ ok: true, value: { state: 'loading' } })
    expect(contents.loaded).toEqual([`${PORTAL}/patientportal`])
    const prefs = view.options.webPreferences ?? {}
    expect(prefs).not.toHaveProperty('preload')
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    })
    expect(String(prefs['partition'])).toMatch(/^portal-[0-9a-f-]{36}$/)
    expect(String(prefs['partition'])).not.toContain('persist:')
  })

  it('refuses to open a portal outside an active session or an unknown portal', async () => {
    const kiosk = createKioskHarness()
    expect(
      await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' }),
    ).toEqual({ ok: false, error: { code: 'rejected', detail: 'no-active-session' } })
    await kiosk.invoke('session:start', { language: 'en' })
    expect(await kiosk.invoke('portal:open', { portalId: 'nowhere', entry: 'sign-up' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'unknown-portal' },
    })
    expect(
      await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'self-signup' }),
    ).toEqual({ ok: false, error: { code: 'rejected', detail: 'entry-unavailable' } })
  })

  it('uses a new partition for every patient and never reuses one', async () => {
    const kiosk = createKioskHarness()
    const partitions: string[] = []
    for (let patient = 0; patient < 4; patient += 1) {
      await kiosk.invoke('session:start', { language: 'en' })
      await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
      partitions.push(String(kiosk.currentView()?.options.webPreferences?.['partition']))
      await kiosk.invoke('session:end', { reason: 'patient-done' })
    }
    expect(new Set(partitions).size).toBe(4)
    for (const name of partitions) expect(name.startsWith('persist:')).toBe(false)
  })

  it('denies every permission request, check and device, and cancels downloads', async () => {
    const { contents } = await openedPortal()
    const session = contents.session
    const granted = vi.fn()
    session.permissionRequestHandler?.({}, 'media', granted, {})
    session.permissionRequestHandler?.({}, 'geolocation', granted, {})
    expect(granted.mock.calls).toEqual([[false], [false]])
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', PORTAL, {})).toBe(false)
    expect(session.devicePermissionHandler?.({ deviceType: 'hid' })).toBe(false)
    const display = vi.fn()
    session.displayMediaRequestHandler?.({}, display)
    expect(display).toHaveBeenCalledWith(null)
    const download = fakeEvent()
    const item = { cancel: vi.fn(), getURL: () => `${PORTAL}/statement.pdf` }
    session.emit('will-download', download, item, contents)
    expect(download.defaultPrevented).toBe(true)
    expect(item.cancel).toHaveBeenCalled()
  })

  it.each([
    ['will-navigate', 'navigate'],
    ['will-frame-navigate', 'frame'],
    ['will-redirect', 'redirect'],
  ])('enforces the policy on %s and tells the UI the origin only', async (name, kind) => {
    const { kiosk, contents } = await openedPortal()
    const inside = fakeEvent({ url: `${PORTAL}/next`, isMainFrame: true })
    contents.emit(name, inside)
    expect(inside.defaultPrevented).toBe(false)
    const away = fakeEvent({ url: 'https://login.evil.example/sso?user=jane', isMainFrame: true })
    contents.emit(name, away)
    expect(away.defaultPrevented).toBe(true)
    expect(kiosk.portal.status()).toEqual({
      state: 'blocked',
      blockedOrigin: 'https://login.evil.example',
    })
    expect(kiosk.pushed.at(-1)).toEqual({
      channel: 'portal:status',
      payload: { state: 'blocked', blockedOrigin: 'https://login.evil.example' },
    })
    expect(kiosk.events).toContainEqual({
      event: 'navigation-blocked',
      fields: { origin: 'https://login.evil.example', view: 'portal', kind },
    })
  })

  it('blocks a redirect from the portal to a foreign origin', async () => {
    const { kiosk, contents } = await openedPortal()
    const redirect = fakeEvent({ url: 'http://onlineservices.mayoclinic.org/', isMainFrame: true })
    contents.emit('will-redirect', redirect)
    expect(redirect.defaultPrevented).toBe(true)
    expect(kiosk.portal.status().state).toBe('blocked')
  })

  it('blocks a foreign subframe quietly (logged, page stays, part-blocked notice)', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.emit('did-finish-load')
    const frame = fakeEvent({ url: 'https://ads.example/frame', isMainFrame: false })
    contents.emit('will-frame-navigate', frame)
    expect(frame.defaultPrevented).toBe(true)
    expect(kiosk.portal.status()).toEqual({ state: 'ready', partBlocked: true })
  })

  it('denies new windows; an allowed target loads in the same view, a foreign one is blocked', async () => {
    const { kiosk, contents } = await openedPortal()
    expect(contents.windowOpenHandler?.({ url: `${PORTAL}/help` })).toEqual({ action: 'deny' })
    expect(contents.loaded.at(-1)).toBe(`${PORTAL}/help`)
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
    expect(contents.loaded).not.toContain('https://evil.example/')
    expect(kiosk.portal.status()).toMatchObject({ state: 'blocked' })
  })

  it('reports ready, and a failed main-frame load as failed (ignoring aborted loads)', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.emit('did-finish-load')
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
    contents.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', `${PORTAL}/x`, true)
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
    contents.emit(
      'did-fail-load',
      fakeEvent(),
      -106,
      'ERR_INTERNET_DISCONNECTED',
      `${PORTAL}/x?code=1`,
      true,
    )
    expect(kiosk.portal.status()).toEqual({ state: 'failed' })
    expect(kiosk.events).toContainEqual({
      event: 'portal-load-failed',
      fields: { portalId: 'mayo-clinic', origin: PORTAL, errorCode: -106 },
    })
    expect(await kiosk.invoke('portal:reload', {})).toEqual({
      ok: true,
      value: { state: 'loading' },
    })
    expect(contents.loaded.at(-1)).toBe(`${PORTAL}/patientportal`)
  })

  it('never trusts a certificate error', async () => {
    const { contents } = await openedPortal()
    const callback = vi.fn()
    contents.emit(
      'certificate-error',
      fakeEvent(),
      `${PORTAL}/`,
      'net::ERR_CERT_DATE_INVALID',
      {},
      callback,
      true,
    )
    expect(callback).toHaveBeenCalledWith(false)
    expect(callback).not.toHaveBeenCalledWith(true)
  })

  it('places the view where the UI says, and hides it outside the active phase', async () => {
    const { kiosk, view } = await openedPortal()
    const bounds = { x: 0, y: 120, width: 1280, height: 600 }
    await kiosk.invoke('portal:set-bounds', { visible: true, bounds })
    expect(view.bounds).toEqual(bounds)
    expect(view.visible).toBe(true)
    await vi.advanceTimersByTimeAsync(90_000) // idle → warning
    expect(kiosk.lifecycle.phase()).toBe('warning')
    expect(view.visible).toBe(false)
    await kiosk.invoke('session:more-time', {})
    expect(view.visible).toBe(true)
    await kiosk.invoke('portal:set-bounds', { visible: false, bounds })
    expect(view.visible).toBe(false)
  })

  it.each(['touchStart', 'gestureScrollBegin', 'mouseWheel', 'mouseDown', 'keyDown'])(
    'counts a %s in the portal as activity for the idle timer',
    async (type) => {
      const { kiosk, contents } = await openedPortal()
      await vi.advanceTimersByTimeAsync(80_000)
      contents.simulateInput({ type })
      await vi.advanceTimersByTimeAsync(80_000)
      expect(kiosk.lifecycle.phase()).toBe('active')
    },
  )

  it('a patient only tapping and scrolling the official page is never wiped mid-task', async () => {
    const { kiosk, contents } = await openedPortal()
    for (let minute = 0; minute < 10; minute += 1) {
      await vi.advanceTimersByTimeAsync(60_000)
      contents.simulateInput({ type: minute % 2 === 0 ? 'touchStart' : 'gestureScrollUpdate' })
    }
    expect(kiosk.lifecycle.phase()).toBe('active')
  })

  it('types text and special keys into the focused field of the portal page', async () => {
    const { kiosk, contents } = await openedPortal()
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual({
      ok: true,
      value: null,
    })
    await kiosk.invoke('portal:press-key', { key: 'Shift+Tab' })
    await kiosk.invoke('portal:press-key', { key: 'Enter' })
    expect(contents.inserted).toEqual(['abc'])
    expect(contents.inputEvents).toEqual([
      { type: 'keyDown', keyCode: 'Tab', modifiers: ['shift'] },
      { type: 'keyUp', keyCode: 'Tab', modifiers: ['shift'] },
      { type: 'keyDown', keyCode: 'Enter' },
      { type: 'char', keyCode: '\r' },
      { type: 'keyUp', keyCode: 'Enter' },
    ])
  })

  it('focuses the portal view before typing (it never has focus on its own)', async () => {
    const { kiosk, contents } = await openedPortal()
    expect(contents.hasFocus).toBe(false)
    await kiosk.invoke('portal:type-text', { text: 'x' })
    expect(contents.hasFocus).toBe(true)
    expect(contents.inserted).toEqual(['x'])
  })

  it('tells the UI when the focused field is in a cross-site frame, and types nothing', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.focusInside = new FakeWebFrameMain('https://id-check.example', 7, contents.mainFrame)
    const refused = { ok: false, error: { code: 'rejected', detail: 'field-unreachable' } }
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual(refused)
    expect(await kiosk.invoke('portal:press-key', { key: 'Tab' })).toEqual(refused)
    expect(contents.inserted).toEqual([])
    expect(contents.inputEvents).toEqual([])
  })

  it('refuses a frame in the page’s process whose parent is cross-site (own widget)', async () => {
    const { kiosk, contents } = await openedPortal()
    const crossSite = new FakeWebFrameMain('https://id-check.example', 7, contents.mainFrame)
    contents.focusInside = new FakeWebFrameMain(`${PORTAL}/inner`, 1, crossSite)
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'field-unreachable' },
    })
  })

  it('types into a same-site frame, which shares the page widget', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.focusInside = new FakeWebFrameMain(`${PORTAL}/frame`, 1, contents.mainFrame)
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual({
      ok: true,
      value: null,
    })
    expect(contents.inserted).toEqual(['abc'])
  })

  it('never calls insertText with nothing focused', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.focusInside = null
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'no-field-focused' },
    })
    expect(contents.inserted).toEqual([])
  })

  it('refuses keyboard input when no portal is open', async () => {
    const kiosk = createKioskHarness()
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual({
      ok: false,
      error: { code: 'rejected', detail: 'portal-closed' },
    })
  })

  it('refuses IPC from the portal webContents even if it could send some', async () => {
    const { kiosk, contents } = await openedPortal()
    const fromPortal = {
      sender: { id: contents.id },
      senderFrame: { url: `${PORTAL}/`, parent: null },
    }
    expect(await kiosk.invokeFrom(fromPortal, 'portal:type-text', { text: 'x' })).toEqual({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(contents.inserted).toEqual([])
  })
})
