import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import type { LanguageCode } from '../../shared/languages'
import { quickAxeViolations } from './support/flow-axe'
import {
  button,
  calls,
  copy,
  fillDetails,
  heading,
  passFeatures,
  passPrivacyTips,
  PREFILL_DEMO,
  sampleDetails,
  startSession,
  walkToDetails,
} from './support/flow-walk'
import { kioskViewports, openKioskPage, screenshot, smallTargets } from './support/kiosk-browser'

/**
 * Issue 12 by touch only, in both kiosk orientations and both languages: erasing asks first
 * (and "Start over" keeps the language and screen settings), the done screen closes the portal
 * and erases itself after its countdown, and the idle warning hides the patient's answers.
 * Playwright's fake clock moves the countdowns; nothing waits for real seconds.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function kioskPage(
  viewport: { width: number; height: number },
  query: string,
): ReturnType<typeof openKioskPage> {
  // Generous: the CI machine is shared (2 cores).
  const opened = await openKioskPage(browser, viewport, { timeout: 10_000, fakeClock: true })
  await opened.page.goto(`${inject('previewUrl')}${query}`)
  await heading(opened.page, copy('en').welcome.title).waitFor()
  return opened
}

const html = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    textSize: document.documentElement.dataset['textSize'],
    contrast: document.documentElement.dataset['contrast'],
  }))

async function screenSettingsOn(page: Page, language: LanguageCode): Promise<void> {
  const text = copy(language)
  await button(page, text.flow.bar.help).tap()
  await page.getByRole('button', { name: text.ui.display.largeText, pressed: false }).tap()
  await page.getByRole('button', { name: text.ui.display.highContrast, pressed: false }).tap()
  await button(page, text.help.close).tap()
}

/** The number in the done screen's countdown line. */
async function secondsShown(page: Page): Promise<number> {
  const line = await page.locator('.kiosk-done-countdown__text').textContent()
  return Number(/\d+/.exec(line ?? '')?.[0] ?? Number.NaN)
}

describe.each(Object.entries(kioskViewports))('%s', (orientation, viewport) => {
  describe.each(['en', 'es'] as const)('in %s', (language) => {
    const text = copy(language)
    const shot = (name: string) => `ending-${orientation}-${language}-${name}`

    it('asks before erasing; "Start over" keeps the language and screen settings', async () => {
      const { context, page, errors } = await kioskPage(viewport, '')
      try {
        await startSession(page, language)
        await screenSettingsOn(page, language)
        await page.getByRole('radio', { name: 'Mayo Clinic', exact: true }).tap()

        // "I'm done": the safe choice is focused, Escape keeps everything.
        await button(page, text.flow.bar.imDone).tap()
        const dialog = page.getByRole('alertdialog', { name: text.ending.confirm.imDone.title })
        await dialog.waitFor()
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          text.ending.confirm.imDone.keep,
        )
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })
        await page.getByRole('radio', { name: 'Mayo Clinic', exact: true, checked: true }).waitFor()

        await button(page, text.flow.bar.startOver).tap()
        await page.getByRole('alertdialog').waitFor()
        const keep = await button(page, text.ending.confirm.startOver.keep).boundingBox()
        const erase = await button(page, text.ending.confirm.startOver.confirm).boundingBox()
        // The safe choice is the big button.
        expect(keep?.height ?? 0).toBeGreaterThan(erase?.height ?? 0)
        expect(keep?.height ?? 0).toBeGreaterThanOrEqual(72)
        expect(await quickAxeViolations(page)).toEqual([])
        expect(await smallTargets(page)).toEqual([])
        await screenshot(page, shot('confirm-start-over'))
        await button(page, text.ending.confirm.startOver.confirm).tap()

        // A new session at step 1: nothing chosen, same language, same screen settings.
        await heading(page, text.portalChoice.title).waitFor()
        await page
          .getByRole('radio', { name: 'Mayo Clinic', exact: true, checked: false })
          .waitFor()
        expect(await html(page)).toEqual({ lang: language, textSize: 'large', contrast: 'high' })
        // (The end is recorded once the wipe has cleared the record, so the order varies.)
        expect(await calls(page)).toEqual(
          expect.arrayContaining([
            { method: 'endSession', request: { reason: 'start-over' } },
            { method: 'startSession', request: { language } },
          ]),
        )

        // "I'm done" after that erases everything, settings included.
        await button(page, text.flow.bar.imDone).tap()
        await button(page, text.ending.confirm.imDone.confirm).tap()
        await heading(page, copy('en').welcome.title).waitFor()
        expect(await html(page)).toEqual({ lang: 'en', textSize: 'normal', contrast: 'normal' })
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    })

    it('the done screen closes the portal, has no Back, and erases itself after its countdown', async () => {
      const { context, page, errors } = await kioskPage(viewport, `${PREFILL_DEMO}&done=60`)
      try {
        await walkToDetails(page, language)
        await fillDetails(page, language, sampleDetails)
        await button(page, text.activation.submit).tap()
        await passFeatures(page, language)
        await passPrivacyTips(page, language)
        await page.getByText(text.handoff.previewPlaceholder).waitFor()
        await button(page, text.handoff.finished).tap()
        await heading(page, text.done.title).waitFor()
        expect(await calls(page)).toContainEqual({ method: 'finishPortal', request: {} })
        expect(await button(page, text.ui.back).count()).toBe(0)
        expect(await secondsShown(page)).toBeGreaterThanOrEqual(50)
        expect(await quickAxeViolations(page)).toEqual([])
        await screenshot(page, shot('done-countdown'))

        // The page's clock also runs in real time, so the numbers are checked as ranges.
        await page.clock.fastForward(50_000)
        expect(await secondsShown(page)).toBeLessThanOrEqual(10)
        // "I need more time" starts the countdown again.
        await button(page, text.ending.countdown.moreTime).tap()
        // The next frame shows the restarted count (polled: a busy machine renders late).
        await expect.poll(() => secondsShown(page)).toBeGreaterThanOrEqual(50)

        await page.clock.fastForward(60_000)
        await heading(page, copy('en').welcome.title).waitFor()
        // The normal, verified wipe: the preview's record was cleared and holds only the end.
        expect(await calls(page)).toEqual([
          { method: 'endSession', request: { reason: 'patient-done' } },
        ])
        expect(await page.locator('input').evaluateAll((inputs) => inputs.length)).toBe(0)
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    })

    it.each(['normal', 'high'] as const)(
      'the idle warning covers the answers with an opaque, inert layer (%s contrast)',
      async (contrast) => {
        const { context, page, errors } = await kioskPage(
          viewport,
          `${PREFILL_DEMO}&idle=30&warning=20`,
        )
        try {
          await walkToDetails(page, language)
          if (contrast === 'high') await screenSettingsOn(page, language)
          const first = page.getByLabel(text.activation.firstName.label, { exact: true })
          await first.fill('Qzxcanary')
          // An open question is dropped by the warning; the patient's work is kept.
          await button(page, text.flow.bar.startOver).tap()
          await page.getByRole('alertdialog').waitFor()
          await page.clock.fastForward(30_000)
          await page.getByRole('alertdialog', { name: text.idleWarning.title }).waitFor()
          // What a person in line sees: the viewport (the cover is fixed to it; a full-page
          // capture would paint the page below the fold, which no one can see on the kiosk).
          await page.screenshot({
            path: `test-results/screens/${shot(`idle-cover-${contrast}`)}.png`,
          })

          // Large text makes the form taller than the screen: bring the field into view.
          await first.evaluate((input) => input.scrollIntoView({ block: 'center' }))
          const box = await first.boundingBox()
          if (box === null) throw new Error('the field is not laid out')
          const atField = await page.evaluate(
            ({ x, y }) => {
              const element = document.elementFromPoint(x, y)
              const backdrop = element?.closest('.kiosk-dialog__backdrop--warning')
              return {
                covered: backdrop !== null && backdrop !== undefined,
                opaque:
                  backdrop instanceof HTMLElement
                    ? getComputedStyle(backdrop).backgroundColor
                    : null,
                inert: document.querySelector('.kiosk-phase')?.hasAttribute('inert'),
                seen: document.body.innerText.includes('Qzxcanary'),
              }
            },
            { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          )
          expect(atField.covered).toBe(true)
          // rgb(…) with no alpha: fully opaque.
          expect(atField.opaque).toMatch(/^rgb\(\d+, \d+, \d+\)$/)
          expect(atField.inert).toBe(true)
          expect(await quickAxeViolations(page)).toEqual([])

          await button(page, text.idleWarning.moreTime).tap()
          expect(await page.getByRole('alertdialog').count()).toBe(0)
          expect(await first.inputValue()).toBe('Qzxcanary')
          expect(errors).toEqual([])
        } finally {
          await context.close()
        }
      },
    )
  })
})
