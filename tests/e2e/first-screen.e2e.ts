import { afterEach, describe, expect, inject, it } from 'vitest'

import { resources } from '../../renderer/i18n/resources'
import { axeViolations, openKiosk, screenshot, type KioskBrowser } from './support/kiosk-browser'

/**
 * The first screen comes from index.html itself (prerendered at build time) and React hydrates
 * it; a recovery reload shows "One moment" instead. Issue 16.
 */
let kiosk: KioskBrowser | undefined
afterEach(async () => {
  await kiosk?.close()
  kiosk = undefined
})

const start = resources.en.welcome.start

/** Runs in the page before any of its scripts: what the HTML alone shows, when parsed. */
function recordParsedPage() {
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root')
    const button = [...document.querySelectorAll('#root button')].find(
      (b) => b.textContent === 'Touch to begin',
    )
    const recovering = document.getElementById('recovering')
    Object.assign(window, {
      __parsed: {
        start: button !== undefined,
        inert: root?.inert ?? null,
        prerendered: root?.dataset.prerendered !== undefined,
        recoveringShown: recovering !== null && getComputedStyle(recovering).display !== 'none',
      },
      __prerenderedStart: button,
    })
  })
}

describe('the first screen (browser preview in Chromium)', () => {
  it('is in the HTML, with no inline script, and is hydrated in place without errors', async () => {
    const url = inject('previewUrl')
    const html = await (await fetch(url)).text()
    expect(html).toContain(`>${start}</button>`)
    // CSP: every script is a file of our own.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/)

    kiosk = await openKiosk(url, undefined, [recordParsedPage])
    const { page } = kiosk
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    expect(
      await page.evaluate(() => (window as unknown as { __parsed: unknown }).__parsed),
    ).toEqual({
      start: true,
      inert: true, // not tappable until React listens
      prerendered: true,
      recoveringShown: false,
    })
    // The button React owns is the very node the HTML brought: hydrated, not redrawn.
    expect(
      await page.evaluate(() => {
        const now = [...document.querySelectorAll('#root button')].find(
          (b) => b.textContent === 'Touch to begin',
        )
        return (
          now !== undefined &&
          now === (window as unknown as { __prerenderedStart: unknown }).__prerenderedStart
        )
      }),
    ).toBe(true)
    expect(await page.evaluate(() => document.getElementById('root')?.inert)).toBe(false)
    expect(await page.evaluate(() => document.getElementById('recovering'))).toBeNull()
    expect(kiosk.pageErrors).toEqual([])
    // And it works: Start begins a session.
    await page.getByRole('button', { name: start, exact: true }).tap()
    await page.getByRole('heading', { level: 1, name: resources.en.portalChoice.title }).waitFor()
  })

  it('loads only the chosen language’s strings, and Spanish when a patient picks it', async () => {
    kiosk = await openKiosk(inject('previewUrl'))
    const { page } = kiosk
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name.split('/').pop() ?? '')
          .filter((name) => name.endsWith('.js')),
      )
    expect((await scripts()).some((name) => name.startsWith('en-'))).toBe(true)
    expect((await scripts()).some((name) => name.startsWith('es-'))).toBe(false)
    await page.getByRole('button', { name: 'Español' }).tap()
    await page.getByRole('heading', { level: 1, name: resources.es.welcome.title }).waitFor()
    expect((await scripts()).some((name) => name.startsWith('es-'))).toBe(true)
    expect(kiosk.pageErrors).toEqual([])
  })

  it('shows a calm, accessible "One moment" in every language on a recovery reload', async () => {
    const url = `${inject('previewUrl')}#recovering`
    // Start elsewhere: going from the app to its own #fragment would not load the page again.
    kiosk = await openKiosk(`${inject('previewUrl')}favicon.svg`)
    const { page } = kiosk
    // Hold the app's code back, as a slow reload would, to look at the static screen.
    await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => route.abort())
    await page.goto(url)
    const status = page.getByRole('status')
    await status.filter({ hasText: resources.en.session.status.loading.title }).waitFor()
    await expect
      .poll(() => status.textContent())
      .toContain(resources.es.session.status.loading.title)
    expect(await page.getByRole('button', { name: start }).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'recovering')

    // With the code let through, React draws the real screen and the "One moment" goes.
    await page.unroute(/\/assets\/boot-[^/]+\.js$/)
    await page.reload()
    await page.waitForFunction(() => document.getElementById('recovering') === null)
    await page.getByRole('button', { name: start, exact: true }).waitFor()
  })
})
