import type { Locator, Page } from 'playwright-core'

import { defaultConfig } from '../../../shared/config/default-config'
import { languageEndonyms, type LanguageCode } from '../../../shared/languages'
import { letterVariants } from '../../../renderer/components/keyboard-more-letters'
import { resources } from '../../../renderer/i18n/resources'
import { untilInteractive } from './kiosk-layout'

/**
 * Walks the patient flow in the preview by touch only (tap), in either language. Button names
 * come from the same translation resources the app uses, so these helpers never drift from the
 * copy.
 */
export type PortalAnswer = 'mayo-clinic' | 'mayo-clinic-health-system' | 'not-sure'
export type HolderAnswer = 'self' | 'caregiver' | 'teen'

export const copy = (language: LanguageCode) => resources[language]

export function portalName(id: string, language: LanguageCode): string {
  const portal = defaultConfig.portals.find((candidate) => candidate.id === id)
  if (portal === undefined) throw new Error(`no portal ${id}`)
  return portal.name[language] ?? portal.name.en ?? id
}

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true })

/**
 * The preview's demo profile with pre-fill set up (it exists only in the preview bridge): step 4
 * is the full details form. Without it (the embedded default) step 4 asks for the code only.
 */
export const PREFILL_DEMO = '?prefill=demo'

/** Step 4 without pre-fill: types the activation code and continues. */
export async function enterCode(page: Page, language: LanguageCode, code: string): Promise<void> {
  const text = copy(language).activation
  await heading(page, text.codeOnly.title).waitFor()
  await page.getByLabel(text.activationCode.label, { exact: true }).fill(code)
  await button(page, text.submit).tap()
}

/** "What you can do online" (step 5): continues to the privacy tips. */
export async function passFeatures(page: Page, language: LanguageCode): Promise<void> {
  const text = copy(language).portalFeatures
  await heading(page, text.title).waitFor()
  await button(page, text.continue).tap()
}

/**
 * A fresh page load: a new preview bridge, as if the kiosk had just started. Returns once React
 * owns the welcome screen: the prerendered one is drawn first and stays inert until then, and
 * axe run on it in that window finds no main landmark and no heading (CI failed so, once).
 */
export async function reset(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await heading(page, copy('en').welcome.title).waitFor()
  await untilInteractive(page)
}

export async function startSession(page: Page, language: LanguageCode): Promise<void> {
  const welcome = copy(language).welcome
  await page.getByRole('button', { name: languageEndonyms[language], exact: true }).tap()
  await button(page, welcome.start).tap()
  await heading(page, copy(language).portalChoice.title).waitFor()
}

export async function choosePortal(
  page: Page,
  language: LanguageCode,
  answer: PortalAnswer,
): Promise<void> {
  const text = copy(language).portalChoice
  if (answer === 'not-sure') {
    await page.getByRole('radio', { name: new RegExp(`^${text.notSure.label}`) }).tap()
  } else {
    // Radio names hold the portal name then its description; match the name line exactly.
    await page
      .getByRole('radio')
      .filter({ has: page.getByText(portalName(answer, language), { exact: true }) })
      .tap()
  }
  await button(page, text.continue).tap()
}

export async function chooseHolder(
  page: Page,
  language: LanguageCode,
  holder: HolderAnswer,
): Promise<void> {
  const text = copy(language).accountHolder
  await heading(page, text.title).waitFor()
  await page
    .getByRole('radio')
    .filter({ has: page.getByText(text[holder].label, { exact: true }) })
    .tap()
  await button(page, text.continue).tap()
}

export async function answerReadiness(
  page: Page,
  language: LanguageCode,
  hasCode: boolean,
): Promise<void> {
  const text = copy(language).readiness
  await heading(page, text.title).waitFor()
  await page.getByRole('radio', { name: hasCode ? text.code.yes : text.code.no }).tap()
  await page
    .getByRole('radiogroup', { name: text.passcode.legend })
    .getByRole('radio', { name: text.passcode.yes, exact: true })
    .tap()
  await button(page, text.continue).tap()
}

/** The answers of steps 1–3 a walk takes; the plainest by default. */
export interface WalkAnswers {
  readonly portal?: Exclude<PortalAnswer, 'not-sure'>
  readonly holder?: HolderAnswer
  readonly hasCode?: boolean
}

/** Steps 1–3 from the portal choice, up to step 4 (or "no code"). */
export async function answerFirstSteps(
  page: Page,
  language: LanguageCode,
  { portal = 'mayo-clinic', holder = 'self', hasCode = true }: WalkAnswers = {},
): Promise<void> {
  await choosePortal(page, language, portal)
  await chooseHolder(page, language, holder)
  await answerReadiness(page, language, hasCode)
}

/** From the welcome screen through steps 1–3: a new session, up to step 4 (or "no code"). */
export async function walkToActivation(
  page: Page,
  language: LanguageCode,
  answers: WalkAnswers = {},
): Promise<void> {
  await startSession(page, language)
  await answerFirstSteps(page, language, answers)
}

/** To step 4 with pre-fill set up (`PREFILL_DEMO`): the full details form, shown. */
export async function walkToDetails(page: Page, language: LanguageCode): Promise<void> {
  await walkToActivation(page, language)
  await heading(page, copy(language).activation.title).waitFor()
}

/** The privacy tips (step 6): continues to the hand-off and waits for it. */
export async function passPrivacyTips(page: Page, language: LanguageCode): Promise<void> {
  const text = copy(language)
  await heading(page, text.privacyTips.title).waitFor()
  await button(page, text.privacyTips.continue).tap()
  await heading(page, text.handoff.title).waitFor()
}

/**
 * From the welcome screen to the hand-off (step 7) the plainest way: the embedded default's
 * step 4 (the code only, `sampleDetails.code`), then on through steps 5 and 6.
 */
export async function walkToHandoff(
  page: Page,
  language: LanguageCode,
  answers: WalkAnswers = {},
): Promise<void> {
  await walkToActivation(page, language, answers)
  await enterCode(page, language, sampleDetails.code)
  await passFeatures(page, language)
  await passPrivacyTips(page, language)
}

/** The on-screen keyboard's region. */
export const keyboard = (page: Page, language: LanguageCode): Locator =>
  page.getByRole('region', { name: copy(language).ui.keyboard.label })

/** The plain letter whose "more letters" panel holds `letter`, or null. */
function baseOf(letter: string): string | null {
  for (const base of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (letterVariants(base).includes(letter)) return base
  }
  return null
}

/**
 * Types `text` by tapping on-screen keys: the key in view if there is one, Shift when the case
 * is wrong (automatic capitals may be on), otherwise "More letters" → plain letter → its form.
 */
export async function tapKeys(page: Page, language: LanguageCode, text: string): Promise<void> {
  const names = copy(language).ui.keyboard
  const keys = keyboard(page, language)
  const key = (name: string) => keys.getByRole('button', { name, exact: true })
  // Taps Shift and waits until the keys show the other case (counting keys right after a tap
  // could read the keyboard before React has re-rendered it).
  const toggleShift = async () => {
    const pressed = (await key(names.shift).getAttribute('aria-pressed')) === 'true'
    const flipped = keys.getByRole('button', { name: names.shift, pressed: !pressed })
    await key(names.shift).tap()
    // On a loaded 2-core machine a scripted tap right after the page moved can be lost (seen
    // only under parallel runs); tap once more then, and the check below still requires
    // exactly one flip.
    if (!(await flipped.isVisible())) {
      await flipped.waitFor({ timeout: 2_000 }).catch(() => undefined)
      if (!(await flipped.isVisible())) await key(names.shift).tap()
    }
    await flipped.waitFor()
  }
  // Tapping a field scrolls it into view above the keyboard on the next frame; a finger comes
  // later than that, but a scripted tap can land mid-scroll on whatever moved under it.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  for (const character of text) {
    const name = character === ' ' ? names.space : character
    if ((await key(name).count()) === 0) await toggleShift()
    if ((await key(name).count()) > 0) {
      await key(name).tap()
      continue
    }
    const base = baseOf(character)
    if (base === null) throw new Error(`no key reaches ${character}`)
    await keys.getByRole('button', { name: new RegExp(`^${names.moreLetters}`) }).tap()
    await keys.getByText(names.moreLettersTitle).waitFor()
    const panel = names.variantsOf.replace('{{letter}}', base)
    if ((await key(panel).count()) === 0) await toggleShift()
    await key(panel).tap()
    await keys.getByRole('group', { name: panel }).getByRole('button', { name: character }).tap()
  }
}

export interface Details {
  readonly code: string
  readonly first: string
  readonly last: string
  /** month, day, year */
  readonly dob: readonly [string, string, string]
  readonly email: string
  readonly mayoNumber?: string
}

export const sampleDetails: Details = {
  code: 'abcde 12345 fghij',
  first: 'José',
  last: 'O’Brien-Núñez',
  dob: ['2', '29', '1984'],
  email: 'jose@example.org',
  mayoNumber: '12345678',
}

/** Fills the activation form by tapping each field and typing on the on-screen keyboard. */
export async function typeDetails(
  page: Page,
  language: LanguageCode,
  details: Details,
): Promise<void> {
  const text = copy(language).activation
  const field = async (label: string, value: string) => {
    await page.getByLabel(label, { exact: true }).tap()
    await tapKeys(page, language, value)
  }
  await field(text.activationCode.label, details.code.replace(/ /g, '').toUpperCase())
  await field(text.firstName.label, details.first)
  await field(text.lastName.label, details.last.replace('’', "'"))
  await field(text.dateOfBirth.month, details.dob[0])
  await field(text.dateOfBirth.day, details.dob[1])
  await field(text.dateOfBirth.year, details.dob[2])
  await field(text.email.label, details.email)
  if (details.mayoNumber !== undefined) await field(text.mayoClinicNumber.label, details.mayoNumber)
}

/** Faster than tapping keys, for walks whose point is not the keyboard. */
export async function fillDetails(
  page: Page,
  language: LanguageCode,
  details: Details,
): Promise<void> {
  const text = copy(language).activation
  await page.getByLabel(text.activationCode.label, { exact: true }).fill(details.code)
  await page.getByLabel(text.firstName.label, { exact: true }).fill(details.first)
  await page.getByLabel(text.lastName.label, { exact: true }).fill(details.last)
  await page.getByLabel(text.dateOfBirth.month, { exact: true }).fill(details.dob[0])
  await page.getByLabel(text.dateOfBirth.day, { exact: true }).fill(details.dob[1])
  await page.getByLabel(text.dateOfBirth.year, { exact: true }).fill(details.dob[2])
  await page.getByLabel(text.email.label, { exact: true }).fill(details.email)
  await page.getByLabel(text.mayoClinicNumber.label, { exact: true }).fill(details.mayoNumber ?? '')
}

export async function calls(page: Page): Promise<{ method: string; request: unknown }[]> {
  return page.evaluate(() => structuredClone(window.__kioskPreview?.calls ?? []))
}

/** Taps "I'm done" in the session bar, confirms, and waits for the welcome screen. */
export async function imDone(page: Page, language: LanguageCode): Promise<void> {
  await button(page, copy(language).flow.bar.imDone).tap()
  await button(page, copy(language).ending.confirm.imDone.confirm).tap()
  await heading(page, copy('en').welcome.title).waitFor()
}

/** Taps "Start over" in the session bar, confirms, and waits for step 1 (a new session). */
export async function startOver(page: Page, language: LanguageCode): Promise<void> {
  await button(page, copy(language).flow.bar.startOver).tap()
  await button(page, copy(language).ending.confirm.startOver.confirm).tap()
  await heading(page, copy(language).portalChoice.title).waitFor()
}
