import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import {
  languageEndonyms,
  languages,
  supportedLanguages,
  type LanguageCode,
} from '../../shared/languages'
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
import {
  DOUBLE_VOICES,
  installSpeechDouble,
  readingEnded,
  setDoubleVoices,
  speechCalls,
  spoken,
} from './support/speech-double'

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

/** The double's voice for each language (one each, see speech-double.ts). */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''
const voiceOf = (language: LanguageCode) =>
  DOUBLE_VOICES.find((voice) => primary(voice.lang) === primary(languages[language].tag))?.name
/** The pending languages (machine-drafted) are offered only with the opt-in: this sample has it. */
const ALL_LANGUAGES = '?languages=all'
const fill = (template: string, name: string) => template.replace(/\{\{\w+\}\}/, name)
const stepOf = (language: LanguageCode, number: number) =>
  copy(language).flow.stepCounter.replace('{{number}}', String(number)).replace('{{count}}', '7')

/** Every string leaf of a resource tree, by its dotted key. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  if (typeof tree === 'string') found.set(prefix, tree)
  else if (tree !== null && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree))
      for (const [path, text] of leaves(value, prefix === '' ? key : `${prefix}.${key}`))
        found.set(path, text)
  return found
}

/**
 * English patient text that must not be heard in `language`: each English string the language
 * translates differently (so a brand name kept as is, e.g. "Patient Online Services", does not
 * count), long enough to be a phrase, with any {{placeholder}} cut out.
 */
function englishOnlyPhrases(language: LanguageCode): string[] {
  const own = leaves(copy(language))
  return [...leaves(copy('en'))]
    .filter(([key, english]) => own.get(key) !== english)
    .flatMap(([, english]) => english.split(/\{\{\w+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 12)
}

/** What the session strip says (data-speech="skip"): never read with a screen. */
const sessionStrip = (language: LanguageCode) => {
  const bar = copy(language).flow.bar
  return [bar.help, bar.staffHelp, bar.startOver, bar.imDone].map((name) =>
    fill(copy(language).speech.words.button, name),
  )
}
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
  // Every language of the registry, the welcome screen and the 7 steps of the main path.
  it.each([...supportedLanguages])(
    'in %s: the welcome screen and each of the 7 steps, with the language’s voice',
    async (language) => {
      const { page } = kiosk
      const text = copy(language)
      const words = text.speech.words
      const pending = languages[language].review === 'pending'
      if (pending) await reset(page, `${inject('previewUrl')}${ALL_LANGUAGES}`)
      const english = language === 'en' ? [] : englishOnlyPhrases(language)
      // A check with nothing to look for would pass whatever is said.
      if (language !== 'en') expect(english.length).toBeGreaterThan(100)
      const strip = sessionStrip(language)
      const transcript: Record<string, string[]> = {}
      // Each screen's transcript starts where the patient acted (the old reading stops there).
      let mark = 0
      const act = async (action: () => Promise<void>) => {
        mark = (await spoken(page)).length
        await action()
      }
      const step = async (name: string, expected: readonly string[]) => {
        await heard(page, mark, expected)
        // The whole screen, to its end (the session strip would come last).
        await readingEnded(page)
        const records = await spoken(page, mark)
        transcript[name] = records.map((record) => record.text)
        // One voice, the language's, and every utterance tagged with the language.
        expect(new Set(records.map((record) => record.voice))).toEqual(new Set([voiceOf(language)]))
        for (const record of records)
          expect(primary(record.lang), record.text).toBe(primary(languages[language].tag))
        // The session strip is chrome: not read with each screen.
        for (const record of records) expect(strip, name).not.toContain(record.text)
        // No English left in a translated reading.
        for (const record of records)
          for (const phrase of english) expect(record.text, name).not.toContain(phrase)
      }

      if (language !== 'en')
        await page.getByRole('button', { name: languageEndonyms[language], exact: true }).tap()
      await heading(page, text.welcome.title).waitFor()
      await act(() => listen(page, language))
      await step('welcome', [
        text.welcome.title,
        text.welcome.chooseLanguage,
        fill(words.selected, languageEndonyms[language]),
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

  it('a language without an installed voice: the patient is told, nothing is said in another voice', async () => {
    // Hmong, as on espeak-ng and on Windows: no voice for it (docs/clinic-it.md, "Speech output").
    const { page } = kiosk
    await reset(page, `${inject('previewUrl')}${ALL_LANGUAGES}`)
    await setDoubleVoices(
      page,
      DOUBLE_VOICES.filter((voice) => primary(voice.lang) !== 'hmn'),
    )
    await page.getByRole('button', { name: languageEndonyms.hmn, exact: true }).tap()
    await heading(page, copy('hmn').welcome.title).waitFor()
    const before = (await spoken(page)).length
    await listen(page, 'hmn')
    await page.getByText(copy('hmn').speech.control.noVoice, { exact: true }).waitFor()
    expect((await spoken(page)).length).toBe(before)
  })
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

describe('Listen over a dialog', () => {
  // Tapped by touch: Playwright's tap fails when another element (a dialog's backdrop) would
  // take it, so each tap below also shows Listen is on top.
  it('reads the open question, the text size dialog and the idle warning', async () => {
    const { page } = kiosk
    const text = copy('en')
    await startSession(page, 'en')
    await button(page, text.flow.bar.imDone).tap()
    await page.getByRole('alertdialog', { name: text.ending.confirm.imDone.title }).waitFor()
    let from = (await spoken(page)).length
    await listen(page, 'en')
    const question = await heard(page, from, [text.ending.confirm.imDone.title])
    // The dialog only: not the step under it.
    expect(question).not.toContain(text.portalChoice.title)
    await button(page, text.ending.confirm.imDone.keep).tap()

    await button(page, text.ui.display.open).tap()
    await page.getByRole('dialog').waitFor()
    from = (await spoken(page)).length
    await listen(page, 'en')
    await heard(page, from, [fill(text.speech.words.button, text.ui.display.close)])
    await button(page, text.ui.display.close).tap()

    // The idle warning (after 3 s without a touch): opaque, over everything but Listen.
    await reset(page, `${inject('previewUrl')}?idle=3&warning=20`)
    await startSession(page, 'en')
    await page.getByRole('alertdialog', { name: text.idleWarning.title }).waitFor()
    from = (await spoken(page)).length
    await listen(page, 'en')
    await heard(page, from, [text.idleWarning.title])
    await button(page, text.idleWarning.moreTime).tap()
  })
})
