import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import {
  button,
  calls,
  copy,
  imDone,
  keyboard,
  passFeatures,
  passPrivacyTips,
  PREFILL_DEMO,
  reset,
  sampleDetails,
  tapKeys,
  typeDetails,
  walkToDetails,
} from './support/flow-walk'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'

let kiosk: KioskBrowser

beforeAll(async () => {
  kiosk = await openKiosk(inject('previewUrl'))
})
beforeEach(async () => {
  // The pre-fill variant: the full details form, so every personal field can be typed and erased.
  await reset(kiosk.page, `${inject('previewUrl')}${PREFILL_DEMO}`)
})
afterAll(async () => {
  await kiosk?.close()
})

/** Everything a later patient (or anyone) could find: markup, input values, the call log. */
async function traces(page: Page, canary: RegExp): Promise<string[]> {
  const found: string[] = []
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  if (canary.test(html)) found.push('DOM')
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map(
      (element) => (element as HTMLInputElement).value,
    ),
  )
  if (values.some((value) => canary.test(value))) found.push('input values')
  if (canary.test(JSON.stringify(await calls(page)))) found.push('preview call log')
  return found
}

describe('typing by touch, and erasing it all (browser preview)', () => {
  it('fills the whole form with the on-screen keyboard alone, then types into the portal', async () => {
    const { page } = kiosk
    const text = copy('en')
    await walkToDetails(page, 'en')
    await typeDetails(page, 'en', sampleDetails)
    const value = (label: string) => page.getByLabel(label, { exact: true }).inputValue()
    // Typed without dashes; shown in its canonical form once the patient moved on.
    expect(await value(text.activation.activationCode.label)).toBe('ABCDE-12345-FGHIJ')
    expect(await value(text.activation.firstName.label)).toBe('José')
    expect(await value(text.activation.lastName.label)).toBe("O'Brien-Núñez")
    expect(await value(text.activation.email.label)).toBe('jose@example.org')
    // Delete removes the character before the caret.
    await tapKeys(page, 'en', '9')
    await keyboard(page, 'en').getByRole('button', { name: text.ui.keyboard.backspace }).tap()
    expect(await value(text.activation.mayoClinicNumber.label)).toBe('12345678')
    await button(page, text.ui.keyboard.done).tap()
    expect(await keyboard(page, 'en').count()).toBe(0)
    await button(page, text.activation.submit).tap()
    await passFeatures(page, 'en')
    await passPrivacyTips(page, 'en')
    await button(page, text.flow.bar.showKeyboard).tap()
    await button(page, text.handoff.keys.insertCode).tap()
    await tapKeys(page, 'en', 'q')
    await keyboard(page, 'en').getByRole('button', { name: text.ui.keyboard.backspace }).tap()
    await button(page, text.handoff.keys.nextField).tap()
    const typed = (await calls(page)).filter((call) =>
      ['typeIntoPortal', 'pressPortalKey'].includes(call.method),
    )
    expect(typed).toEqual([
      { method: 'typeIntoPortal', request: { text: 'ABCDE-12345-FGHIJ' } },
      { method: 'typeIntoPortal', request: { text: 'q' } },
      { method: 'pressPortalKey', request: { key: 'Backspace' } },
      { method: 'pressPortalKey', request: { key: 'Tab' } },
    ])
    // The keyboard shrinks the portal area; the view is still shown above it.
    const bounds = (await calls(page)).filter((call) => call.method === 'setPortalBounds')
    expect(bounds.at(-1)?.request).toMatchObject({ visible: true })

    await imDone(page, 'en')
    expect(await traces(page, /josé|jose@|ABCDE-?12345|Núñez/i)).toEqual([])
    expect(kiosk.pageErrors).toEqual([])
  })

  it('“I’m done” from the middle of the form leaves no entered value anywhere', async () => {
    const { page } = kiosk
    const text = copy('en')
    await walkToDetails(page, 'en')
    await page.getByLabel(text.activation.firstName.label, { exact: true }).tap()
    await tapKeys(page, 'en', 'Qzvcanary')
    await page.getByLabel(text.activation.email.label, { exact: true }).tap()
    await tapKeys(page, 'en', 'qzv@canary')
    // A failed submit: errors shown, values kept (nothing is lost on a validation error).
    await button(page, text.activation.submit).tap()
    await page.getByText(text.activation.errors.activationCode.required).waitFor()
    expect(
      await page.getByLabel(text.activation.firstName.label, { exact: true }).inputValue(),
    ).toBe('Qzvcanary')
    // Focus went to the first invalid field.
    expect(
      await page
        .getByLabel(text.activation.activationCode.label, { exact: true })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true)
    // The check sees the canary while the form is up (values are properties, not markup).
    expect(await traces(page, /qzv/i)).toEqual(['input values'])

    await imDone(page, 'en')
    expect(await traces(page, /qzv/i)).toEqual([])
    expect(await calls(page)).toEqual([
      { method: 'endSession', request: { reason: 'patient-done' } },
    ])
    // Nothing was written to the browser's storage either.
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, location.href]),
    ).toEqual([0, 0, `${inject('previewUrl')}${PREFILL_DEMO}`])
  })
})
