import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import type { LanguageCode } from '../../shared/languages'
import { openKiosk, type KioskBrowser } from './support/kiosk-browser'
import {
  answerReadiness,
  button,
  chooseHolder,
  choosePortal,
  copy,
  enterCode,
  fillDetails,
  heading,
  imDone,
  passFeatures,
  PREFILL_DEMO,
  reset,
  sampleDetails,
  startSession,
  tapKeys,
} from './support/flow-walk'
import { installSpeechDouble, speechCalls, spoken } from './support/speech-double'

let kiosk: KioskBrowser

beforeAll(async () => {
  kiosk = await openKiosk(inject('previewUrl'), undefined, [installSpeechDouble])
})
beforeEach(async () => {
  await reset(kiosk.page, inject('previewUrl'))
})
afterAll(async () => {
  await kiosk?.close()
})

const voiceOf: Partial<Record<LanguageCode, string>> = { en: 'Test English', es: 'Test Spanish' }
const fill = (template: string, name: string) => template.replace(/\{\{\w+\}\}/, name)
const stepOf = (language: LanguageCode, number: number) =>
  copy(language).flow.stepCounter.replace('{{number}}', String(number)).replace('{{count}}', '7')
/** Letters and digits only, upper case: a code is found however it was grouped. */
const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase()

/** Waits until everything in `expected` has been spoken since `from`; returns what was. */
async function heard(page: Page, from: number, expected: readonly string[]): Promise<string[]> {
  await expect
    .poll(async () => (await spoken(page, from)).map((record) => record.text), { timeout: 8_000 })
    .toEqual(expect.arrayContaining([...expected]))
  return (await spoken(page, from)).map((record) => record.text)
}

const listen = (page: Page, language: LanguageCode) =>
  button(page, copy(language).speech.control.listen).tap()

describe('Listen reads every screen, in the patient’s language (recording speechSynthesis)', () => {
  it.each(['en', 'es'] as const)(
    'in %s: the welcome screen and each of the 7 steps, with the language’s voice',
    async (language) => {
      const { page } = kiosk
      const text = copy(language)
      const words = text.speech.words
      const transcript: Record<string, string[]> = {}
      // Each screen's transcript starts where the patient acted (the old reading stops there).
      let mark = 0
      const act = async (action: () => Promise<void>) => {
        mark = (await spoken(page)).length
        await action()
      }
      const step = async (name: string, expected: readonly string[]) => {
        transcript[name] = await heard(page, mark, expected)
        const records = await spoken(page, mark)
        expect(new Set(records.map((record) => record.voice))).toEqual(new Set([voiceOf[language]]))
      }

      if (language === 'es') await page.getByRole('button', { name: 'Español' }).tap()
      await heading(page, text.welcome.title).waitFor()
      await act(() => listen(page, language))
      await step('welcome', [
        text.welcome.title,
        text.welcome.chooseLanguage,
        fill(words.selected, language === 'en' ? 'English' : 'Español'),
        fill(words.button, text.welcome.start),
      ])

      await startSession(page, language)
      // A new screen of the flow: the patient taps Listen once; later steps are read as
      // they appear.
      await act(() => listen(page, language))
      await step('1 portal', [stepOf(language, 1), text.portalChoice.title])
      await act(() => choosePortal(page, language, 'mayo-clinic'))
      await step('2 account holder', [stepOf(language, 2), text.accountHolder.title])
      await act(() => chooseHolder(page, language, 'self'))
      await step('3 readiness', [stepOf(language, 3), text.readiness.title])
      await act(() => answerReadiness(page, language, true))
      await step('4 activation code', [
        stepOf(language, 4),
        text.activation.codeOnly.title,
        fill(words.button, text.activation.submit),
      ])
      await act(() => enterCode(page, language, sampleDetails.code))
      await step('5 features', [stepOf(language, 5), text.portalFeatures.title])
      await act(() => passFeatures(page, language))
      await step('6 privacy', [stepOf(language, 6), text.privacyTips.title])
      await act(() => button(page, text.privacyTips.continue).tap())
      await step('7 hand-off', [stepOf(language, 7), text.handoff.title])

      // The code typed on step 4 was never read out on any screen.
      const all = (await spoken(page)).map((record) => bare(record.text)).join(' ')
      expect(all).not.toContain(bare(sampleDetails.code))
      const dir = resolve(import.meta.dirname, '../../test-results/speech')
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        resolve(dir, `transcript-${language}.json`),
        JSON.stringify(transcript, null, 2),
      )
      expect(kiosk.pageErrors).toEqual([])
    },
  )
})

describe('privacy: what the patient typed', () => {
  it('is never read by Listen; "Read back my code" spells it out only when asked', async () => {
    const { page } = kiosk
    const text = copy('en')
    await startSession(page, 'en')
    await choosePortal(page, 'en', 'mayo-clinic')
    await chooseHolder(page, 'en', 'self')
    await answerReadiness(page, 'en', true)
    await heading(page, text.activation.codeOnly.title).waitFor()
    // Typed on the on-screen keyboard, whose code display echoes it on screen.
    await page.getByLabel(text.activation.activationCode.label, { exact: true }).tap()
    // Not the shape's example (ABCDE-FGHJK-LMNPQ), which the hint reads out.
    await tapKeys(page, 'en', 'QZXWV98765KJHGF')
    const start = (await spoken(page)).length
    await listen(page, 'en')
    await heard(page, start, [
      text.activation.codeOnly.title,
      fill(text.speech.words.button, text.activation.submit),
    ])
    await button(page, text.speech.control.repeat).tap()
    await heard(page, start, [text.activation.codeOnly.title])
    expect((await spoken(page)).map((record) => bare(record.text)).join(' ')).not.toMatch(
      /QZXWV|KJHGF/,
    )

    await button(page, text.speech.control.readBackCode).tap()
    await heard(page, start, [
      text.speech.words.codeIntro,
      'Q, Z, X, W, V',
      '9, 8, 7, 6, 5',
      'K, J, H, G, F',
    ])
  })

  it('the full details form (pre-fill demo): no name, date, email or number is ever read', async () => {
    const { page } = kiosk
    const text = copy('es')
    await reset(page, `${inject('previewUrl')}${PREFILL_DEMO}`)
    await startSession(page, 'es')
    await choosePortal(page, 'es', 'mayo-clinic')
    await chooseHolder(page, 'es', 'self')
    await answerReadiness(page, 'es', true)
    await heading(page, text.activation.title).waitFor()
    await fillDetails(page, 'es', sampleDetails)
    // Focus on a filled field: it is named by its label, never by its value.
    await page.getByLabel(text.activation.email.label, { exact: true }).focus()
    const start = (await spoken(page)).length
    await listen(page, 'es')
    const focused = fill(
      text.speech.words.focused,
      fill(text.speech.words.textBox, text.activation.email.label),
    )
    await expect
      .poll(async () => (await spoken(page, start)).some((said) => said.text.startsWith(focused)), {
        timeout: 8_000,
      })
      .toBe(true)
    const said = (await spoken(page, start)).map((record) => record.text)
    expect(said).toContain(text.activation.title)
    const everything = said.join(' ').toLowerCase()
    for (const canary of [
      sampleDetails.first,
      sampleDetails.last,
      sampleDetails.email,
      sampleDetails.mayoNumber ?? '',
      sampleDetails.dob[2],
    ])
      expect(everything).not.toContain(canary.toLowerCase())
    expect(bare(everything)).not.toContain(bare(sampleDetails.code))
  })
})

describe('the wipe and a language change', () => {
  it('stop the reading at once and nothing more is said', async () => {
    const { page } = kiosk
    await startSession(page, 'en')
    await listen(page, 'en')
    await heard(page, 0, [copy('en').portalChoice.title])
    // Mid-reading: "I'm done" erases the session.
    await imDone(page, 'en')
    const callsAtWelcome = await speechCalls(page)
    const count = (await spoken(page)).length
    expect(callsAtWelcome.slice(callsAtWelcome.lastIndexOf('speak'))).toContain('cancel')
    await page.waitForTimeout(1_500)
    expect((await spoken(page)).length).toBe(count)
    // The welcome screen's control starts fresh: nothing to repeat, only "Listen".
    expect(await button(page, copy('en').speech.control.repeat).count()).toBe(0)

    // A language change on the welcome screen also stops and forgets.
    await listen(page, 'en')
    await heard(page, count, [copy('en').welcome.title])
    await page.getByRole('button', { name: 'Español' }).tap()
    await heading(page, copy('es').welcome.title).waitFor()
    const afterChange = (await spoken(page)).length
    const calls = await speechCalls(page)
    expect(calls.slice(calls.lastIndexOf('speak'))).toContain('cancel')
    await page.waitForTimeout(1_000)
    expect((await spoken(page)).length).toBe(afterChange)
    expect(await button(page, copy('es').speech.control.repeat).count()).toBe(0)
  })
})
