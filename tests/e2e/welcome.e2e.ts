import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  axeViolations,
  openKiosk,
  screenshot,
  smallTargets,
  type KioskBrowser,
} from './support/kiosk-browser'
import {
  languageTiles,
  orientations,
  pageOverflow,
  untilInteractive,
  verticalPlace,
} from './support/kiosk-layout'

let kiosk: KioskBrowser

beforeAll(async () => {
  kiosk = await openKiosk(inject('previewUrl'))
})
afterAll(async () => {
  await kiosk?.close()
})

describe('the welcome screen in Chromium (browser preview)', () => {
  it('renders under the strict CSP with no page errors, labelled as a preview', async () => {
    const { page } = kiosk
    await page
      .getByRole('heading', { level: 1, name: 'Set up your patient portal account' })
      .waitFor()
    await page.getByRole('note').filter({ hasText: 'Browser preview' }).waitFor()
    await untilInteractive(page)
    expect(kiosk.pageErrors).toEqual([])
  })

  it('has no axe violations and no touch target under 48 px, in both languages', async () => {
    const { page } = kiosk
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTargets(page)).toEqual([])
    await screenshot(page, 'welcome-en')
    await page.getByRole('button', { name: 'Español' }).tap()
    await page
      .getByRole('heading', { level: 1, name: 'Cree su cuenta del portal del paciente' })
      .waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'welcome-es')
  })

  it('has no axe violations in large text + high contrast', async () => {
    const { page } = kiosk
    await page.getByRole('button', { name: 'Letra grande' }).tap()
    await page.getByRole('button', { name: 'Alto contraste' }).tap()
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high')
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTargets(page)).toEqual([])
    await screenshot(page, 'welcome-es-large-contrast')
  })

  it('starts a session through the bridge and ends it back on the welcome screen', async () => {
    const { page } = kiosk
    await page.getByRole('button', { name: 'Toque para comenzar' }).tap()
    await page.getByRole('button', { name: 'Terminé: borrar mi sesión' }).tap()
    await page.getByRole('button', { name: 'Sí, borrarla' }).tap()
    await page.getByRole('button', { name: 'Touch to begin' }).waitFor()
    const calls = await page.evaluate(() => window.__kioskPreview?.calls ?? [])
    expect(calls).toEqual([{ method: 'endSession', request: { reason: 'patient-done' } }])
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('normal')
    expect(kiosk.pageErrors).toEqual([])
  })
})

describe.each(orientations)('the welcome screen at $width×$height ($name)', (screen) => {
  let shown: KioskBrowser
  beforeAll(async () => {
    shown = await openKiosk(`${inject('previewUrl')}?logo=demo`, screen)
    await untilInteractive(shown.page)
  })
  afterAll(async () => {
    await shown?.close()
  })

  it.each(['en', 'es'] as const)(
    'fits without a page scroll, "Touch to begin" in the bottom fifth, big native tiles (%s)',
    async (language) => {
      const { page } = shown
      if (language === 'es') await page.getByRole('button', { name: 'Español' }).tap()
      const start = page.getByRole('button', {
        name: language === 'en' ? 'Touch to begin' : 'Toque para comenzar',
      })
      await start.waitFor()
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 })
      const place = await verticalPlace(page, start)
      expect(place.topFraction).toBeGreaterThanOrEqual(0.8)
      expect(place.bottomInside).toBe(true)
      const group = page.getByRole('group', {
        name: language === 'en' ? 'Choose your language' : 'Elija su idioma',
      })
      const tiles = await languageTiles(group)
      expect(tiles.map(({ name, lang }) => [name, lang])).toEqual([
        ['English', 'en'],
        ['Español', 'es'],
      ])
      for (const tile of tiles) expect(Math.min(tile.width, tile.height)).toBeGreaterThanOrEqual(64)
      expect(await smallTargets(page, 64)).toEqual([])
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `welcome-${screen.name}-${language}`)
      if (language === 'es') await page.getByRole('button', { name: 'English' }).tap()
    },
  )

  it('shows the configured clinic logo, decoded, with its alt text', async () => {
    const { page } = shown
    const logo = page.getByRole('img', { name: 'Sample clinic logo' })
    await logo.waitFor()
    expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(240)
    expect(await logo.isVisible()).toBe(true)
    expect(shown.pageErrors).toEqual([])
  })

  it('large text + high contrast keep the action in reach (the page may scroll)', async () => {
    const { page } = shown
    await page.getByRole('button', { name: 'Large text' }).tap()
    await page.getByRole('button', { name: 'High contrast' }).tap()
    const place = await verticalPlace(page, page.getByRole('button', { name: 'Touch to begin' }))
    expect(place.topFraction).toBeGreaterThanOrEqual(0.75)
    expect(place.bottomInside).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, `welcome-${screen.name}-large-contrast`)
    await page.getByRole('button', { name: 'Large text' }).tap()
    await page.getByRole('button', { name: 'High contrast' }).tap()
  })
})
