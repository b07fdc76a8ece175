import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { defaultConfig } from '../../shared/config/default-config'
import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import {
  chromeHeights,
  decodeQrCodes,
  layoutShiftSince,
  pageNow,
  qrCoverProblems,
  reachProblems,
  recordLayoutShifts,
  type ChromeHeights,
} from './support/chrome-checks'
import {
  answerReadiness,
  button,
  chooseHolder,
  choosePortal,
  copy,
  heading,
  keyboard,
  portalName,
  reset,
  sampleDetails,
  startSession,
} from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'

/**
 * Our own chrome on both kiosk screens (README, "Layout"): the top band, the action bar and the
 * session strip together take at most a quarter of the height at the default text size; the
 * band and its step label keep one height on every step and when the keyboard opens; nothing
 * shifts within a step once it is shown (the Layout Instability API's layout-shift entries);
 * every control keeps 32 px from the sides and its centre is its own; what a patient must see
 * (the way forward, the done screen's countdown, the welcome's shared-kiosk notice) is whole in
 * view; and each QR code is under nothing and decodes from a screenshot, in default and large
 * text.
 */
const text = copy('en')
const address = defaultConfig.portals[0]?.signInUrl ?? ''
const forward = '.kiosk-action-bar .kiosk-step-actions__forward > .kiosk-button:last-child'

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openKioskPage(browser, viewport, {
    timeout: 15_000,
    initScripts: [recordLayoutShifts],
  })
  await reset(page, inject('previewUrl'))
  return page
}

describe.each(Object.entries(kioskViewports))('our chrome, %s', (_orientation, viewport) => {
  it('stays within a quarter of the height, steady, shift-free and in reach on every step', async () => {
    const page = await openPage(viewport)
    const problems: Record<string, unknown> = {}
    const heights: Record<string, ChromeHeights> = {}
    /** Checks the step just shown; `seen` is when its heading appeared. */
    const check = async (screen: string, seen: number, inView: readonly string[] = [forward]) => {
      const shift = await layoutShiftSince(page, seen)
      if (shift > 0) problems[`${screen}: layout shift`] = shift
      const measured = await chromeHeights(page)
      heights[screen] = measured
      const share = (measured.band + measured.bottom) / measured.viewport
      if (share > 0.25)
        problems[`${screen}: chrome`] =
          `${measured.band} + ${measured.bottom} px = ${Math.round(share * 100)} % of ${measured.viewport}`
      const reach = await reachProblems(page, inView)
      if (reach.length > 0) problems[`${screen}: reach`] = reach
    }
    const show = async (screen: string, title: string, inView?: readonly string[]) => {
      await heading(page, title).waitFor()
      await check(screen, await pageNow(page), inView)
    }

    await startSession(page, 'en')
    await show('step 1', text.portalChoice.title)
    await choosePortal(page, 'en', 'not-sure')
    await show('step 1, not sure', text.portalChoice.helper.title, [])
    const name = portalName('mayo-clinic', 'en')
    await button(page, text.portalChoice.helper.choose.replace('{{name}}', name)).tap()
    await show('step 2', text.accountHolder.title, [])
    await chooseHolder(page, 'en', 'caregiver')
    await show('caregiver', text.accountHolder.caregiverInfo.title)
    await button(page, text.ui.back).tap()
    await chooseHolder(page, 'en', 'teen')
    await show('teen', text.accountHolder.teenInfo.title)
    await button(page, text.ui.back).tap()
    await chooseHolder(page, 'en', 'self')
    await show('step 3', text.readiness.title)
    await answerReadiness(page, 'en', false)
    await show('no code', text.readiness.noCode.title)
    await button(page, text.ui.back).tap()
    await answerReadiness(page, 'en', true)
    await show('step 4', text.activation.codeOnly.title)

    // The keyboard opens: the band and its label keep their height.
    const field = page.getByLabel(text.activation.activationCode.label, { exact: true })
    await field.tap()
    await keyboard(page, 'en').waitFor()
    heights['step 4, keyboard open'] = await chromeHeights(page)
    await field.fill(sampleDetails.code)
    await button(page, text.activation.submit).tap()

    await show('step 5', text.portalFeatures.title)
    await button(page, text.portalFeatures.continue).tap()
    await show('step 6', text.privacyTips.title)
    await button(page, text.privacyTips.ownPhone.button).tap()
    await show('own phone', text.ownPhone.title)
    await button(page, text.ui.back).tap()
    await button(page, text.privacyTips.continue).tap()
    await heading(page, text.handoff.title).waitFor()

    await button(page, text.flow.bar.help).tap()
    await show('help', text.help.title, [])
    await button(page, text.help.signInTrouble).tap()
    await show('sign-in trouble', text.signInTrouble.title, [])
    await button(page, text.signInTrouble.close).tap()
    await button(page, text.flow.bar.staffHelp).tap()
    await show('staff help', text.staffHelp.title, [])
    await button(page, text.staffHelp.close).tap()

    await button(page, text.handoff.finished).tap()
    await show('done', text.done.title, [
      forward,
      '.kiosk-done-countdown__text',
      '.kiosk-done-countdown .kiosk-button',
    ])

    // One band height and one label height everywhere (the hand-off has its own slim band).
    const bands = new Set(Object.values(heights).map((measured) => measured.band))
    const labels = new Set(Object.values(heights).map((measured) => measured.stepLabel))
    if (bands.size > 1 || labels.size > 1)
      problems['band and step label heights'] = Object.fromEntries(
        Object.entries(heights).map(([screen, m]) => [screen, `${m.band} / ${m.stepLabel}`]),
      )
    expect(problems).toEqual({})
    await page.close()
  })

  it.each([false, true])(
    'keeps the welcome notice, the done countdown and its QR code in view, large text %s',
    async (large) => {
      const page = await openPage(viewport)
      if (large) await page.getByRole('button', { name: text.ui.display.largeText }).tap()
      const welcome = await reachProblems(page, ['.welcome__notice', '.welcome__start'])
      await startSession(page, 'en')
      await choosePortal(page, 'en', 'mayo-clinic')
      await chooseHolder(page, 'en', 'self')
      await answerReadiness(page, 'en', true)
      await heading(page, text.activation.codeOnly.title).waitFor()
      await page
        .getByLabel(text.activation.activationCode.label, { exact: true })
        .fill(sampleDetails.code)
      await button(page, text.activation.submit).tap()
      await heading(page, text.portalFeatures.title).waitFor()
      await button(page, text.portalFeatures.continue).tap()
      await heading(page, text.privacyTips.title).waitFor()
      await button(page, text.privacyTips.ownPhone.button).tap()
      await heading(page, text.ownPhone.title).waitFor()
      const ownPhoneQr = await qrCoverProblems(page)
      const ownPhoneDecoded = await decodeQrCodes(await page.screenshot())
      await button(page, text.ui.back).tap()
      await button(page, text.privacyTips.continue).tap()
      await heading(page, text.handoff.title).waitFor()
      await button(page, text.handoff.finished).tap()
      await heading(page, text.done.title).waitFor()
      const done = await reachProblems(page, [
        '.kiosk-done-countdown__text',
        '.kiosk-done-countdown .kiosk-button',
      ])
      expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe(
        large ? 'large' : 'normal',
      )
      const doneQr = await qrCoverProblems(page)
      const doneDecoded = await decodeQrCodes(await page.screenshot())
      expect({ welcome, done, ownPhoneQr, doneQr }).toEqual({
        welcome: [],
        done: [],
        ownPhoneQr: [],
        doneQr: [],
      })
      // The own-phone code is the sign-up address, the done code the sign-in address.
      expect(ownPhoneDecoded).toHaveLength(1)
      expect(ownPhoneDecoded[0]).toMatch(/^https:\/\//)
      expect(doneDecoded).toEqual([address])
      await page.close()
    },
  )
})
