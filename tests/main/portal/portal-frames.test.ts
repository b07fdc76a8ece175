// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createBlockedFrameTally } from '../../../electron/main/portal/blocked-frame-tally'
import { defaultConfig } from '../../../shared/config/default-config'
import { parseConfig, type KioskConfig } from '../../../shared/config/kiosk-config'
import { fakeEvent } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

const PORTAL = 'https://onlineservices.mayoclinic.org'
const CAPTCHA = 'https://www.google.com'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function configWithFrames(origins: string[]): KioskConfig {
  return {
    ...defaultConfig,
    portals: defaultConfig.portals.map((portal) => ({ ...portal, allowedFrameOrigins: origins })),
  }
}

async function openedPortal(config?: KioskConfig) {
  const kiosk = createKioskHarness(config === undefined ? {} : { config })
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view was created')
  view.webContents.emit('did-finish-load')
  return { kiosk, contents: view.webContents }
}

const subframe = (url: string) => fakeEvent({ url, isMainFrame: false })

describe('sub-frames of the portal page (allowedFrameOrigins)', () => {
  it('loads a sub-frame from an allowed frame origin, e.g. the sign-up captcha', async () => {
    const { kiosk, contents } = await openedPortal(configWithFrames([CAPTCHA]))
    const captcha = subframe(`${CAPTCHA}/recaptcha/api2/anchor?k=x`)
    contents.emit('will-frame-navigate', captcha)
    expect(captcha.defaultPrevented).toBe(false)
    const redirect = subframe(`${CAPTCHA}/recaptcha/api2/bframe`)
    contents.emit('will-redirect', redirect)
    expect(redirect.defaultPrevented).toBe(false)
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
  })

  it('never lets a frame origin be the page itself (top level, redirect, pop-up)', async () => {
    const { kiosk, contents } = await openedPortal(configWithFrames([CAPTCHA]))
    const top = fakeEvent({ url: `${CAPTCHA}/`, isMainFrame: true })
    contents.emit('will-frame-navigate', top)
    expect(top.defaultPrevented).toBe(true)
    const link = fakeEvent({ url: `${CAPTCHA}/`, isMainFrame: true })
    contents.emit('will-navigate', link)
    expect(link.defaultPrevented).toBe(true)
    contents.windowOpenHandler?.({ url: `${CAPTCHA}/` })
    expect(contents.loaded).not.toContain(`${CAPTCHA}/`)
    expect(kiosk.portal.status().state).toBe('blocked')
  })

  it('allows empty and srcdoc frames the page writes itself', async () => {
    const { contents } = await openedPortal()
    for (const url of ['about:blank', 'about:srcdoc']) {
      const frame = subframe(url)
      contents.emit('will-frame-navigate', frame)
      expect(frame.defaultPrevented).toBe(false)
    }
    const data = subframe('data:text/html,<p>hi</p>')
    contents.emit('will-frame-navigate', data)
    expect(data.defaultPrevented).toBe(true)
  })

  it('blocks other sub-frames: logged by origin, counted, and the page stays with a notice', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.emit('will-frame-navigate', subframe(`${CAPTCHA}/recaptcha/api2/anchor?k=secret`))
    contents.emit('will-frame-navigate', subframe(`${CAPTCHA}/recaptcha/api2/anchor?k=again`))
    contents.emit('will-frame-navigate', subframe('https://idv.example/check?patient=jane'))
    expect(kiosk.portal.status()).toEqual({ state: 'ready', partBlocked: true })
    expect(kiosk.pushed.at(-1)).toEqual({
      channel: 'portal:status',
      payload: { state: 'ready', partBlocked: true },
    })
    expect(kiosk.events).toContainEqual({
      event: 'navigation-blocked',
      fields: { origin: CAPTCHA, view: 'portal', kind: 'subframe' },
    })
    expect(JSON.stringify(kiosk.events)).not.toContain('secret')
    expect(JSON.stringify(kiosk.events)).not.toContain('jane')
    expect(kiosk.blockedFrames.today()).toEqual([
      { origin: CAPTCHA, count: 2 },
      { origin: 'https://idv.example', count: 1 },
    ])
  })

  it('clears the notice when the page is opened again', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.emit('will-frame-navigate', subframe('https://ads.example/x'))
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-in' })
    expect(kiosk.portal.status()).toEqual({ state: 'loading' })
  })

  it('the schema takes https origins only, and an empty list by default', () => {
    expect(defaultConfig.portals[0]?.allowedFrameOrigins).toEqual([])
    const bad = parseConfig({
      ...defaultConfig,
      portals: [{ ...defaultConfig.portals[0], allowedFrameOrigins: ['http://www.google.com'] }],
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.problems[0]?.path).toBe('portals.0.allowedFrameOrigins.0')
  })
})

describe('pop-ups from the official page', () => {
  it('loads a GET pop-up to an allowed origin in the same view', async () => {
    const { contents } = await openedPortal()
    expect(contents.windowOpenHandler?.({ url: `${PORTAL}/help` })).toEqual({ action: 'deny' })
    expect(contents.loaded.at(-1)).toBe(`${PORTAL}/help`)
  })

  it('does not load a form-posting pop-up without its form; the patient gets the notice', async () => {
    const { kiosk, contents } = await openedPortal()
    const handler = contents.windowOpenHandler as unknown as (details: object) => object
    expect(handler({ url: `${PORTAL}/oauth/authorize`, postBody: { data: [] } })).toEqual({
      action: 'deny',
    })
    expect(contents.loaded).not.toContain(`${PORTAL}/oauth/authorize`)
    expect(kiosk.portal.status()).toEqual({ state: 'ready', partBlocked: true })
    expect(kiosk.events).toContainEqual({
      event: 'navigation-blocked',
      fields: { origin: PORTAL, view: 'portal', kind: 'new-window-post' },
    })
  })
})

describe('the blocked-frame tally', () => {
  it('starts again each day and bounds the number of origins it keeps', () => {
    let now = new Date(2026, 11, 2, 9)
    const tally = createBlockedFrameTally(() => now)
    for (let i = 0; i < 40; i += 1) tally.record(`https://o${i}.example`)
    expect(tally.today()).toHaveLength(31)
    expect(tally.today()[0]).toEqual({ origin: 'other', count: 10 })
    now = new Date(2026, 11, 3, 0, 1)
    expect(tally.today()).toEqual([])
  })
})
