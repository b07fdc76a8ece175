import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import {
  answerReadiness,
  button,
  calls,
  chooseHolder,
  choosePortal,
  copy,
  heading,
  passPrivacyTips,
  portalName,
  sampleDetails,
  startSession,
} from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'

/**
 * The flow in Arabic, right to left, in both kiosk orientations: `<html dir="rtl" lang="ar">` on
 * every screen, the activation code field left to right, the Back arrow turned round, the portal view's bounds taken from the mirrored
 * layout, and screenshots: into test-results/screens (git-ignored), or into docs/screenshots/
 * for docs/languages.md with `UPDATE_DOCS_SCREENSHOTS=1`, so an ordinary test run never edits tracked
 * files. axe, target sizes and English leaks in Arabic (both orientations, large text too) are
 * checked with every other language in flow-accessibility.e2e.ts.
 */
const ar = copy('ar')
const shots = resolve(
  import.meta.dirname,
  process.env['UPDATE_DOCS_SCREENSHOTS'] === '1'
    ? '../../docs/screenshots'
    : '../../test-results/screens',
)

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
  mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

type Box = { x: number; y: number; width: number; height: number }

const boxOf = (page: Page, selector: string) => boxOfLocator(page.locator(selector).first())

const boxOfLocator = (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return {
      x: Math.round(box.left),
      y: Math.round(box.top),
      width: Math.round(box.width),
      height: Math.round(box.height),
    }
  })

/** The same element laid out left to right (dir flipped for one measurement, then restored). */
const ltrBoxOf = async (page: Page, selector: string): Promise<Box> => {
  await page.evaluate(() => (document.documentElement.dir = 'ltr'))
  const box = await boxOf(page, selector)
  await page.evaluate(() => (document.documentElement.dir = 'rtl'))
  return box
}

describe.each(Object.entries(kioskViewports))('Arabic, %s', (orientation, viewport) => {
  it('walks the flow right to left, mirrored where it must be and left to right where not', async () => {
    const { context, page, errors } = await openKioskPage(browser, viewport, {
      timeout: 10_000,
      consoleErrors: false,
    })
    const check = async (screen: string, keep = false) => {
      expect(await page.evaluate(() => document.documentElement.dir), screen).toBe('rtl')
      if (keep)
        await page.screenshot({
          path: resolve(shots, `arabic-${orientation}-${screen}.png`),
          fullPage: false,
        })
    }

    try {
      await page.goto(`${inject('previewUrl')}?languages=ar`)
      await heading(page, copy('en').welcome.title).waitFor()
      // The prerendered screen shows before the app runs; boot marks the direction.
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr')
      await page.getByRole('button', { name: 'العربية', exact: true }).tap()
      await heading(page, ar.welcome.title).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar')
      await page.getByText(ar.common.languageHelp).waitFor()
      await check('01-welcome', true)

      await startSession(page, 'ar')
      await check('02-portal-choice', true)
      await choosePortal(page, 'ar', 'not-sure')
      await heading(page, ar.portalChoice.helper.title).waitFor()
      await check('03-not-sure')
      const name = portalName('mayo-clinic', 'ar')
      await button(page, ar.portalChoice.helper.choose.replace('{{name}}', name)).tap()

      await heading(page, ar.accountHolder.title).waitFor()
      await check('04-account-holder')
      // The Back arrow points the other way in a mirrored layout.
      const arrow = page.locator('.kiosk-step-actions .kiosk-icon--directional').first()
      expect(await arrow.evaluate((element) => getComputedStyle(element).transform)).toBe(
        'matrix(-1, 0, 0, 1, 0, 0)',
      )
      // …and stands at the button's start, the right.
      const back = await boxOfLocator(button(page, ar.ui.back))
      expect((await boxOfLocator(arrow)).x).toBeGreaterThan(back.x + back.width / 2)
      await chooseHolder(page, 'ar', 'caregiver')
      await heading(page, ar.accountHolder.caregiverInfo.title).waitFor()
      await check('05-caregiver')
      await button(page, ar.ui.back).tap()
      await chooseHolder(page, 'ar', 'self')

      await answerReadiness(page, 'ar', false)
      await heading(page, ar.readiness.noCode.title).waitFor()
      await check('06-no-code')
      await button(page, ar.ui.back).tap()
      await answerReadiness(page, 'ar', true)

      await heading(page, ar.activation.codeOnly.title).waitFor()
      await button(page, ar.activation.submit).tap()
      await page.getByRole('alert').first().waitFor()
      await check('07-code-errors')
      const code = page.getByLabel(ar.activation.activationCode.label, { exact: true })
      await code.tap()
      await page.getByRole('region', { name: ar.ui.keyboard.label }).waitFor()
      // The code is typed and read left to right, whatever the page's direction.
      expect(await code.getAttribute('dir')).toBe('ltr')
      expect(await code.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
      // The code keyboard keeps its physical order: digits 1…0 from left to right.
      const digits = page.locator('.kiosk-keyboard__row').first().locator('.kiosk-key')
      expect(await digits.first().textContent()).toBe('1')
      expect((await boxOfLocator(digits.first())).x).toBeLessThan(
        (await boxOfLocator(digits.last())).x,
      )
      await code.fill(sampleDetails.code)
      await check('08-code-keyboard', true)
      await button(page, ar.activation.submit).tap()

      await heading(page, ar.portalFeatures.title).waitFor()
      await check('09-what-you-can-do-online')
      await button(page, ar.portalFeatures.continue).tap()
      await heading(page, ar.privacyTips.title).waitFor()
      await check('10-privacy-tips')
      await button(page, ar.privacyTips.ownPhone.button).tap()
      await heading(page, ar.ownPhone.title).waitFor()
      await check('11-own-phone')
      await button(page, ar.ui.back).tap()
      await passPrivacyTips(page, 'ar')
      await page.getByText(ar.handoff.previewPlaceholder).waitFor()
      await check('12-handoff')
      // The portal view is placed where the mirrored layout puts its area: the bounds sent to
      // main are the area's box in the right-to-left page, the mirror image of its LTR box.
      const area = await boxOf(page, '.kiosk-portal-area')
      await expect
        .poll(async () => {
          const sent = (await calls(page)).filter((call) => call.method === 'setPortalBounds')
          return sent.at(-1)?.request
        })
        .toEqual({ visible: true, bounds: area })
      const ltr = await ltrBoxOf(page, '.kiosk-portal-area')
      expect(area.x).toBe(viewport.width - (ltr.x + ltr.width))
      expect(area.width).toBe(ltr.width)

      // The portal keyboard opens on ABC (the portal's fields take Latin letters) and offers
      // the Arabic letters as one more layer, laid out as on a physical Arabic keyboard.
      await button(page, ar.flow.bar.showKeyboard).tap()
      await button(page, ar.ui.keyboard.layouts.letters).waitFor()
      await button(page, ar.ui.keyboard.layouts.arabic).tap()
      const dad = page.locator('.kiosk-keyboard__row').first().locator('.kiosk-key').first()
      expect(await dad.textContent()).toBe('ض')
      expect((await boxOfLocator(dad)).x).toBeLessThan(viewport.width / 2)
      // ◀ (move left in the page's field) stays left of ▶.
      const left = await boxOfLocator(button(page, ar.handoff.keys.left))
      const right = await boxOfLocator(button(page, ar.handoff.keys.right))
      expect(left.x).toBeLessThan(right.x)
      await check('13-handoff-keyboard-arabic', true)
      await button(page, ar.ui.keyboard.done).tap()

      for (const [screen, open, title] of [
        ['14-help', [ar.flow.bar.help], ar.help.title],
        ['15-sign-in-trouble', [ar.flow.bar.help, ar.help.signInTrouble], ar.signInTrouble.title],
        ['16-staff-help', [ar.flow.bar.staffHelp], ar.staffHelp.title],
      ] as const) {
        for (const name of open) await button(page, name).tap()
        await heading(page, title).waitFor()
        await check(screen)
        await button(page, ar.help.close).tap()
      }

      await button(page, ar.flow.bar.imDone).tap()
      await page.getByRole('alertdialog').waitFor()
      await check('17-confirm-erase')
      await button(page, ar.ending.confirm.imDone.keep).tap()

      await button(page, ar.handoff.finished).tap()
      await heading(page, ar.done.title).waitFor()
      await check('18-done', true)
      // The address reads left to right but sits on the page's start side, the right.
      const address = page.locator('.kiosk-address').first()
      expect(await address.evaluate((element) => getComputedStyle(element).textAlign)).toBe('right')
      await button(page, ar.done.erase).tap()
      // The next patient gets the clinic's default language, left to right again.
      await heading(page, copy('en').welcome.title).waitFor()
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr')

      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  }, 180_000)
})
