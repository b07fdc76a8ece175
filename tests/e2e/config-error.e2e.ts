import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  axeViolations,
  openKiosk,
  screenshot,
  smallTargets,
  type KioskBrowser,
} from './support/kiosk-browser'
import { languageTiles, orientations, pageOverflow, untilInteractive } from './support/kiosk-layout'

describe.each(orientations)(
  'the "not configured" screen at $width×$height ($name, ?config=broken)',
  (screen) => {
    let kiosk: KioskBrowser
    beforeAll(async () => {
      kiosk = await openKiosk(`${inject('previewUrl')}?config=broken`, screen)
      await untilInteractive(kiosk.page)
    })
    afterAll(async () => {
      await kiosk?.close()
    })

    it('shows patients a calm sign: no technical words, no way to start, no page scroll', async () => {
      const { page } = kiosk
      await page.getByRole('heading', { level: 1, name: 'This kiosk is resting' }).waitFor()
      await page.getByText('Please see the front desk. They will be glad to help you.').waitFor()
      expect(await page.getByRole('button', { name: 'Touch to begin' }).count()).toBe(0)
      expect(await page.getByRole('list').count()).toBe(0)
      const text = await page.locator('body').innerText()
      expect(text).not.toContain('idleSeconds')
      expect(text).not.toContain('broken.kiosk.config.json')
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 })
      const tiles = await languageTiles(page.getByRole('group', { name: 'Language' }))
      expect(tiles.map(({ name, lang }) => [name, lang])).toEqual([
        ['English', 'en'],
        ['Español', 'es'],
      ])
      for (const tile of tiles) expect(Math.min(tile.width, tile.height)).toBeGreaterThanOrEqual(64)
      expect(kiosk.pageErrors).toEqual([])
    })

    it('has no axe violations and no small targets, in English and Spanish', async () => {
      const { page } = kiosk
      expect(await axeViolations(page)).toEqual([])
      expect(await smallTargets(page, 64)).toEqual([])
      await screenshot(page, `config-error-${screen.name}-en`)
      await page.getByRole('button', { name: 'Español' }).tap()
      await page.getByRole('heading', { level: 1, name: 'Este quiosco está descansando' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `config-error-${screen.name}-es`)
    })

    it('the staff gesture opens each problem with its path, in the staff language', async () => {
      const { page } = kiosk
      await page.keyboard.press('Control+Alt+Shift+KeyK')
      const dialog = page.getByRole('dialog', { name: 'This kiosk is not set up yet' })
      await dialog.waitFor()
      const problems = dialog.getByRole('list', { name: '3 problems' })
      expect(await problems.getByRole('listitem').allTextContents()).toEqual([
        'timing.idleSeconds must be at least 30',
        'portals.0.signUpUrl must be an absolute https:// address without a user name or password',
        'clinicNmae is not a known setting (check the spelling)',
      ])
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `config-error-${screen.name}-staff`)
    })

    it('"check again" keeps the kiosk locked while the file is still broken; Close hides it', async () => {
      const { page } = kiosk
      await page.getByRole('button', { name: 'Check the file again' }).tap()
      await page.getByText('The file still has problems.').waitFor()
      expect(await page.getByRole('list', { name: '3 problems' }).count()).toBe(1)
      await page.getByRole('button', { name: 'Close' }).tap()
      expect(await page.getByRole('dialog').count()).toBe(0)
      await page.getByRole('heading', { level: 1, name: 'Este quiosco está descansando' }).waitFor()
    })
  },
)
