import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  axeViolations,
  openKiosk,
  screenshot,
  smallTargets,
  type KioskBrowser,
} from './support/kiosk-browser'

let kiosk: KioskBrowser

beforeAll(async () => {
  kiosk = await openKiosk(`${inject('previewUrl')}?config=broken`)
})
afterAll(async () => {
  await kiosk?.close()
})

describe('the "not configured" screen in Chromium (browser preview, ?config=broken)', () => {
  it('locks the kiosk and lists each problem with its path', async () => {
    const { page } = kiosk
    await page.getByRole('heading', { level: 1, name: 'This kiosk is not set up yet' }).waitFor()
    const problems = page.getByRole('list', { name: '3 problems' })
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      'timing.idleSeconds must be at least 30',
      'portals.0.signUpUrl must be an absolute https:// address without a user name or password',
      'clinicNmae is not a known setting (check the spelling)',
    ])
    expect(await page.getByRole('button', { name: 'Touch to begin' }).count()).toBe(0)
    expect(kiosk.pageErrors).toEqual([])
  })

  it('has no axe violations and no small targets, in English and Spanish', async () => {
    const { page } = kiosk
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTargets(page)).toEqual([])
    await screenshot(page, 'config-error-en')
    await page.getByRole('button', { name: 'Español' }).tap()
    await page
      .getByRole('heading', { level: 1, name: 'Este quiosco todavía no está configurado' })
      .waitFor()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'config-error-es')
  })

  it('"check again" keeps the kiosk locked while the file is still broken', async () => {
    const { page } = kiosk
    await page.getByRole('button', { name: 'Revisar el archivo otra vez' }).tap()
    await page.getByText('El archivo todavía tiene problemas.').waitFor()
    expect(await page.getByRole('list', { name: '3 problemas' }).count()).toBe(1)
  })
})
