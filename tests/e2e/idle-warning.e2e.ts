import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import { axeViolations, openKioskPage, screenshot, smallTargets } from './support/kiosk-browser'

// The preview runs the shared session machine with the page's timers. Playwright's fake clock
// (installed before the page loads) moves time, so nothing here waits for real seconds.
// ?idle=3 shortens only the idle time; the warning stays at WCAG's 20 s minimum.
let browser: Browser
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  browser = await launchDebianChromium()
  ;({ page, errors: pageErrors } = await openKioskPage(
    browser,
    { width: 1280, height: 900 },
    { fakeClock: true },
  ))
  await page.goto(`${inject('previewUrl')}?idle=3&warning=20`)
})
afterAll(async () => {
  await browser?.close()
})

const dialog = (name: string) => page.getByRole('alertdialog', { name })

describe('idle warning and time-out in Chromium (browser preview)', () => {
  it('shows an accessible warning after the idle time, with focus inside it (English)', async () => {
    await page.getByRole('button', { name: 'Touch to begin' }).tap()
    await page.getByRole('button', { name: /I’m done/ }).waitFor()
    await page.clock.fastForward(3_000)
    await dialog('Are you still there?').waitFor()
    await page.getByText('Erasing in 20 seconds').waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe(
      'I need more time',
    )
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTargets(page)).toEqual([])
    await screenshot(page, 'idle-warning-en')
  })

  it('"I need more time" returns to the session', async () => {
    await page.getByRole('button', { name: 'I need more time' }).tap()
    await dialog('Are you still there?').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: /I’m done/ }).waitFor()
    await page.clock.fastForward(3_000)
    await page.getByText('You can ask for more time 9 more times.').waitFor()
  })

  it('the time-out erases everything and returns to the welcome screen', async () => {
    await page.clock.fastForward(20_000)
    await page.getByRole('button', { name: 'Touch to begin' }).waitFor()
    expect(await page.evaluate(() => window.__kioskPreview?.calls ?? null)).toEqual([])
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('has no axe violations in Spanish, with large text and high contrast', async () => {
    await page.getByRole('button', { name: 'Español' }).tap()
    await page.getByRole('button', { name: 'Letra grande' }).tap()
    await page.getByRole('button', { name: 'Alto contraste' }).tap()
    await page.getByRole('button', { name: 'Toque para comenzar' }).tap()
    await page.getByRole('button', { name: 'Terminé: borrar mi sesión' }).waitFor()
    await page.clock.fastForward(3_000)
    await dialog('¿Sigue ahí?').waitFor()
    await page.getByText('Se borrará en 20 segundos').waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTargets(page)).toEqual([])
    await screenshot(page, 'idle-warning-es-large-contrast')
    await page.getByRole('button', { name: 'Terminé: borrar ahora' }).tap()
    await page.getByRole('button', { name: 'Touch to begin' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('normal')
    expect(pageErrors).toEqual([])
  })
})
