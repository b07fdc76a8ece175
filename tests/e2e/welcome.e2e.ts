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
