import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import { defaultConfig } from '../../shared/config/default-config'
import type { LanguageCode } from '../../shared/languages'
import {
  answerReadiness,
  button,
  chooseHolder,
  choosePortal,
  copy,
  fillDetails,
  heading,
  keyboard,
  passFeatures,
  passPrivacyTips,
  portalName,
  reset,
  sampleDetails,
  startSession,
} from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'
import {
  exactly,
  kioskRules,
  measureLayout,
  settle,
  type Required,
} from './support/layout-invariants'

/**
 * The layout-invariants walk: every screen and dialog of the patient flow × portrait and
 * landscape × default and large text × all five languages × the keyboard open and closed (the
 * hand-off also with "More", the pre-fill and the dialogs over it). Each state is measured in
 * the page in one pass (support/layout-invariants.ts): the official page's bounds cover no
 * control, every control's centre hit-tests to itself, no text overflows or is cut, side
 * margins, what the state needs is in view without scrolling, keyboard keys and gaps.
 *
 * One walk per language and text size; at each state the screen is measured in its current
 * orientation, then turned and measured in the other (the kiosk follows a rotation at once),
 * so the walk taps through the flow once for both screens. Failures are gathered over the
 * whole walk and reported once, each broken rule with the states that break it.
 */

const languages: readonly LanguageCode[] = ['en', 'es', 'so', 'hmn', 'ar']
const textSizes = ['default text', 'large text'] as const
type TextSize = (typeof textSizes)[number]

/** The done screen's countdown at its longest, so it never ends while it is measured. */
const DONE_SECONDS = 120
/** A walk taps through some 30 states, each measured twice, on a shared 2-core machine. */
const WALK_TIMEOUT_MS = 300_000

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})

const orientations = [
  ['portrait', kioskViewports.portrait],
  ['landscape', kioskViewports.landscape],
] as const

interface Walk {
  readonly page: Page
  readonly language: LanguageCode
  /** Broken rule → the states that break it. */
  readonly failures: Map<string, string[]>
  /** The orientation the screen is in now first: each check ends in the other one. */
  order: (typeof orientations)[number][]
}

async function check(walk: Walk, state: string, required: readonly Required[] = []) {
  for (const [orientation, viewport] of walk.order) {
    await walk.page.setViewportSize(viewport)
    // The page's clock is Playwright's (for the idle warning), and with it requestAnimationFrame:
    // its frames can all pass before Chromium's own resize event reaches the page. Fire that
    // event now, so the app's re-measuring is queued before the frames `settle` waits for.
    await walk.page.evaluate(() => window.dispatchEvent(new Event('resize')))
    await settle(walk.page)
    for (const failure of await measureLayout(walk.page, { ...kioskRules, required })) {
      const states = walk.failures.get(failure) ?? []
      states.push(`${orientation} ${state}`)
      walk.failures.set(failure, states)
    }
  }
  walk.order = [...walk.order].reverse()
}

function report(walk: Walk): string[] {
  return [...walk.failures].map(([failure, states]) => `${failure}  ⟵  ${states.join('; ')}`)
}

const need = (name: string, text: string): Required => ({
  name: `"${name}"`,
  pattern: exactly(text),
})

/** On the welcome screen: the text size, then the language, the way a patient sets them. */
async function chooseSettings(walk: Walk, textSize: TextSize): Promise<void> {
  const { page, language } = walk
  if (textSize === 'large text') {
    await button(page, copy('en').ui.display.largeText).tap()
    await page.locator('html[data-text-size="large"]').waitFor({ state: 'attached' })
  }
  await startSession(page, language)
}

/** The band's "Text size" dialog over the current screen: measured, then closed. */
async function checkTextSizeDialog(
  walk: Walk,
  state: string,
  language: LanguageCode = walk.language,
): Promise<void> {
  const text = copy(language).ui.display
  await button(walk.page, text.open).tap()
  const dialog = walk.page.getByRole('dialog')
  await dialog.waitFor()
  await check(walk, `${state}, text size dialog`, [need(text.close, text.close)])
  await dialog.getByRole('button', { name: text.close, exact: true }).tap()
  await dialog.waitFor({ state: 'detached' })
}

/** Help, "Trouble signing in" and "Staff help" over the current step, each measured. */
async function checkOverlays(walk: Walk, state: string, titleAfter: string): Promise<void> {
  const { page, language } = walk
  const text = copy(language)
  // "Trouble signing in" opens from Help; closing it goes back to the step.
  const overlays = [
    [[text.flow.bar.help], text.help.title, text.help.close],
    [
      [text.flow.bar.help, text.help.signInTrouble],
      text.signInTrouble.title,
      text.signInTrouble.close,
    ],
    [[text.flow.bar.staffHelp], text.staffHelp.title, text.staffHelp.close],
  ] as const
  for (const [taps, title, close] of overlays) {
    for (const open of taps) await button(page, open).tap()
    await heading(page, title).waitFor()
    await check(walk, `${state}, ${taps.join(' › ')}`, [need(close, close)])
    await button(page, close).tap()
    await heading(page, titleAfter).waitFor()
  }
}

/** "I'm done" on the current step: the question, measured, then kept. */
async function checkImDoneQuestion(walk: Walk, state: string): Promise<void> {
  const text = copy(walk.language)
  await button(walk.page, text.flow.bar.imDone).tap()
  const question = walk.page.getByRole('alertdialog')
  await question.waitFor()
  await check(walk, `${state}, "I'm done" question`, [
    need(text.ending.confirm.imDone.keep, text.ending.confirm.imDone.keep),
  ])
  await button(walk.page, text.ending.confirm.imDone.keep).tap()
  await question.waitFor({ state: 'detached' })
}

/** Welcome → every step, side screen and dialog → the done screen, in one session. */
async function mainWalk(walk: Walk, textSize: TextSize): Promise<void> {
  const { page, language } = walk
  const text = copy(language)
  await reset(page, `${inject('previewUrl')}?languages=all&done=${DONE_SECONDS}`)
  await check(walk, 'welcome', [
    need(copy('en').welcome.start, copy('en').welcome.start),
    need(copy('en').welcome.sharedNotice, copy('en').welcome.sharedNotice),
  ])
  await checkTextSizeDialog(walk, 'welcome', 'en')
  await chooseSettings(walk, textSize)

  await check(walk, 'step 1', [need(text.portalChoice.continue, text.portalChoice.continue)])
  await checkImDoneQuestion(walk, 'step 1')
  await checkOverlays(walk, 'step 1', text.portalChoice.title)
  await checkTextSizeDialog(walk, 'step 1')

  await choosePortal(page, language, 'not-sure')
  await heading(page, text.portalChoice.helper.title).waitFor()
  await check(walk, 'not sure which portal')
  const name = portalName('mayo-clinic-health-system', language)
  await button(page, text.portalChoice.helper.choose.replace('{{name}}', name)).tap()

  await heading(page, text.accountHolder.title).waitFor()
  await check(walk, 'step 2', [need(text.accountHolder.continue, text.accountHolder.continue)])
  await chooseHolder(page, language, 'caregiver')
  await heading(page, text.accountHolder.caregiverInfo.title).waitFor()
  await check(walk, 'caregiver')
  await button(page, text.ui.back).tap()
  await chooseHolder(page, language, 'teen')
  await heading(page, text.accountHolder.teenInfo.title).waitFor()
  await check(walk, 'teen')
  await button(page, text.ui.back).tap()
  await chooseHolder(page, language, 'self')

  await heading(page, text.readiness.title).waitFor()
  await check(walk, 'step 3', [need(text.readiness.continue, text.readiness.continue)])
  await answerReadiness(page, language, false)
  await heading(page, text.readiness.noCode.title).waitFor()
  await check(walk, 'no code')
  await button(page, text.ui.back).tap()
  await answerReadiness(page, language, true)

  await heading(page, text.activation.codeOnly.title).waitFor()
  const submit = need(text.activation.submit, text.activation.submit)
  await check(walk, 'code step', [submit])
  const code = page.getByLabel(text.activation.activationCode.label, { exact: true })
  await code.tap()
  await keyboard(page, language).waitFor()
  await code.fill(sampleDetails.code)
  await check(walk, 'code step, keyboard open', [
    submit,
    need(text.ui.keyboard.done, text.ui.keyboard.done),
  ])
  await button(page, text.activation.submit).tap()

  await heading(page, text.portalFeatures.title).waitFor()
  await check(walk, 'what you can do online', [
    need(text.portalFeatures.continue, text.portalFeatures.continue),
  ])
  await button(page, text.portalFeatures.continue).tap()

  await heading(page, text.privacyTips.title).waitFor()
  await check(walk, 'privacy tips', [need(text.privacyTips.continue, text.privacyTips.continue)])
  await button(page, text.privacyTips.ownPhone.button).tap()
  await heading(page, text.ownPhone.title).waitFor()
  await check(walk, 'own phone')
  await button(page, text.ui.back).tap()
  await passPrivacyTips(page, language)

  await handoffStates(walk, 'hand-off')
  await idleWarningAtHandoff(walk)

  await button(page, text.handoff.finished).tap()
  await heading(page, text.done.title).waitFor()
  await check(walk, 'done', [
    need(text.ending.countdown.text_other, text.ending.countdown.text_other),
    need(text.ending.countdown.moreTime, text.ending.countdown.moreTime),
    need(text.done.erase, text.done.erase),
  ])
}

/** The hand-off: keyboard closed and open, with and without "More", and the dialogs over it. */
async function handoffStates(walk: Walk, state: string, extra: readonly Required[] = []) {
  const { page, language } = walk
  const text = copy(language)
  await page
    .getByRole('status')
    .filter({ hasText: officialPlaceholder(language) })
    .waitFor()
  const finished = need(text.handoff.finished, text.handoff.finished)
  const keys = [
    need(text.handoff.keys.insertCode, text.handoff.keys.insertCode),
    need(text.ui.keyboard.done, text.ui.keyboard.done),
  ]
  await check(walk, state, [finished, ...extra])
  await button(page, text.flow.bar.showKeyboard).tap()
  await keyboard(page, language).waitFor()
  await check(walk, `${state}, keyboard open`, [...keys, ...extra])
  await button(page, text.handoff.more.show).tap()
  await page.getByRole('region', { name: text.handoff.more.label }).waitFor()
  await check(walk, `${state}, keyboard open, More`, [...keys, ...extra])
  await button(page, text.flow.bar.showKeyboard).tap()
  await keyboard(page, language).waitFor({ state: 'detached' })
  await check(walk, `${state}, More`, [finished, ...extra])
  await button(page, text.handoff.more.hide).tap()
  await page.getByRole('region', { name: text.handoff.more.label }).waitFor({ state: 'detached' })

  await button(page, text.flow.bar.showKeyboard).tap()
  await keyboard(page, language).waitFor()
  await checkTextSizeDialog(walk, `${state}, keyboard open`)
  await checkImDoneQuestion(walk, `${state}, keyboard open`)
  await checkOverlays(walk, `${state}, keyboard open`, text.handoff.title)
  if ((await keyboard(page, language).count()) > 0) {
    await button(page, text.flow.bar.showKeyboard).tap()
    await keyboard(page, language).waitFor({ state: 'detached' })
  }
}

function officialPlaceholder(language: LanguageCode): string {
  return copy(language).handoff.previewPlaceholder
}

/** The idle warning over the hand-off (the page's clock jumps the idle time ahead). */
async function idleWarningAtHandoff(walk: Walk): Promise<void> {
  const { page, language } = walk
  const text = copy(language).idleWarning
  await page.clock.fastForward(defaultConfig.timing.idleSeconds * 1000)
  const warning = page.getByRole('alertdialog')
  await warning.waitFor()
  await check(walk, 'hand-off, idle warning', [need(text.moreTime, text.moreTime)])
  await button(page, text.moreTime).tap()
  await warning.waitFor({ state: 'detached' })
}

/** With pre-fill set up (`?prefill=demo`): the details form, then the hand-off's pre-fill. */
async function prefillWalk(walk: Walk, textSize: TextSize): Promise<void> {
  const { page, language } = walk
  const text = copy(language)
  await reset(page, `${inject('previewUrl')}?languages=all&prefill=demo`)
  await chooseSettings(walk, textSize)
  await choosePortal(page, language, 'mayo-clinic')
  await chooseHolder(page, language, 'self')
  await answerReadiness(page, language, true)
  await heading(page, text.activation.title).waitFor()
  const submit = need(text.activation.submit, text.activation.submit)
  await check(walk, 'details form', [submit])
  await page.getByLabel(text.activation.firstName.label, { exact: true }).tap()
  await keyboard(page, language).waitFor()
  await check(walk, 'details form, keyboard open', [
    submit,
    need(text.ui.keyboard.done, text.ui.keyboard.done),
  ])
  await fillDetails(page, language, sampleDetails)
  await button(page, text.activation.submit).tap()
  await passFeatures(page, language)
  await passPrivacyTips(page, language)
  const prefill = need(text.handoff.prefill.button, text.handoff.prefill.button)
  await handoffStates(walk, 'hand-off with pre-fill', [prefill])
  await button(page, text.handoff.prefill.button).tap()
  await page.getByRole('status').filter({ hasText: /\S/ }).first().waitFor()
  await button(page, text.flow.bar.showKeyboard).tap()
  await keyboard(page, language).waitFor()
  await check(walk, 'hand-off after pre-fill, keyboard open', [prefill])
}

describe.each(languages)('%s', (language) => {
  it.each(textSizes)(
    'every screen and dialog keeps the layout invariants in both orientations (%s)',
    async (textSize) => {
      const { context, page, errors } = await openKioskPage(browser, kioskViewports.portrait, {
        timeout: 15_000, // a shared 2-core machine
        fakeClock: true, // runs at real speed; the idle warning jumps it ahead
      })
      const walk: Walk = { page, language, failures: new Map(), order: [...orientations] }
      // A walk that cannot go on still reports what it measured up to there.
      let stopped: string[] = []
      try {
        await mainWalk(walk, textSize)
        await prefillWalk(walk, textSize)
      } catch (error) {
        stopped = [`the walk stopped: ${String(error).split('\n').slice(0, 3).join(' ')}`]
      } finally {
        await context.close()
      }
      expect([
        ...report(walk),
        ...stopped,
        ...errors.map((error) => `page error: ${error}`),
      ]).toEqual([])
    },
    WALK_TIMEOUT_MS,
  )
})
