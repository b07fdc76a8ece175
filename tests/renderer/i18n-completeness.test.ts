import { describe, expect, it } from 'vitest'

import { languages, supportedLanguages, type LanguageCode } from '../../shared/languages'
import { resources } from '../../renderer/i18n/resources'
import { englishByDesign, staffInEnglish, staffScreenKey } from './support/english-by-design'

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  )
}

const leafKeys = (value: unknown) => leaves(value).map(([key]) => key)

/** A plural form English lacks (Arabic's zero, two, few, many) is checked against `_other`. */
const englishKeyOf = (key: string) => key.replace(/_(zero|two|few|many)$/, '_other')

/** Every language but the reference. */
const translations = supportedLanguages.filter((language) => language !== 'en')

/**
 * Strings a translation may keep exactly as in English: names and data, not prose. A key alone
 * applies to every language; `lang:key` to one.
 */
const sameAsEnglish: ReadonlySet<string> = new Set([
  'activation.dateOfBirth.order', // data for the code: the order of the date fields
  'ui.keyboard.layouts.letters', // "ABC": the letters on the keys
  'ui.keyboard.layouts.arabic', // "أ ب ت": the letters on the keys
  'configError.fingerprint', // "SHA-256", the algorithm's name
  'signInTrouble.topics.cookies', // the word the browsers' own settings use
  'signInTrouble.topics.javascript', // a product name
  'signInTrouble.browsers.chrome.name',
  'signInTrouble.browsers.edge.name',
  'signInTrouble.browsers.safari.name',
  'signInTrouble.browsers.firefox.name',
  'hmn:ui.keyboard.layouts.email', // "@ Email": Hmong uses the English word
])

/** Whether a string has words of its own (not only placeholders, digits and signs). */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/{{\s*\w+\s*}}/g, ''))
}

/** The parts a translation must carry over untouched: {{placeholders}} and <1>…</1>-style tags. */
function markup(text: string): string[] {
  return [...text.matchAll(/{{\s*\w+\s*}}|<\/?[\w-]+\s*\/?>/g)]
    .map((m) => m[0].replace(/\s/g, ''))
    .sort()
}

/**
 * The keys a language must have: English's, plus, for every English `key_other`, a `key_<form>`
 * for each plural category of the language that English lacks (Arabic: zero, two, few, many).
 * i18next looks up `key_<Intl.PluralRules category>`, so a missing form shows the raw key.
 */
function expectedKeys(language: LanguageCode): string[] {
  // The categories whole counts up to 1,000 fall in (Spanish's `many` is for millions only).
  const rules = new Intl.PluralRules(languages[language].intlLocale)
  const categories = new Set(Array.from({ length: 1001 }, (_, count) => rules.select(count)))
  const extra = [...categories].filter((category) => category !== 'one' && category !== 'other')
  return leafKeys(resources.en).flatMap((key) =>
    key.endsWith('_other') && !staffScreenKey(key)
      ? [key, ...extra.map((form) => key.replace(/_other$/, `_${form}`))]
      : [key],
  )
}

describe('translations', () => {
  it.each(supportedLanguages)(
    '%s has exactly the English keys (and its plural forms)',
    (language) => {
      expect(leafKeys(resources[language]).sort()).toEqual(expectedKeys(language).sort())
    },
  )

  it('Arabic has all six plural forms for each count', () => {
    expect(expectedKeys('ar')).toContain('idleWarning.countdown_few')
    expect(leafKeys(resources.ar)).toContain('ending.countdown.text_zero')
  })

  it.each(supportedLanguages)('%s has no empty strings', (language) => {
    for (const [key, text] of leaves(resources[language])) expect(text.trim(), key).not.toBe('')
  })

  it.each(staffInEnglish)(
    '%s shows the staff screens in English, word for word, and translates the header',
    (language) => {
      const english = new Map(leaves(resources.en))
      const staff = leaves(resources[language]).filter(
        ([key]) => key.startsWith('staff.') || staffScreenKey(key),
      )
      for (const [key, text] of staff)
        if (englishByDesign(language, key)) expect(text, key).toBe(english.get(key))
        else expect(text, key).not.toBe(english.get(key))
    },
  )

  it.each(translations)('%s is actually translated (not English copied over)', (language) => {
    const english = new Map(leaves(resources.en))
    const same = leaves(resources[language])
      .filter(([key]) => !englishByDesign(language, key))
      .filter(([key, text]) => english.get(englishKeyOf(key)) === text && hasWords(text))
      .map(([key]) => key)
      .filter((key) => !sameAsEnglish.has(key) && !sameAsEnglish.has(`${language}:${key}`))
    expect(same).toEqual([])
  })

  it.each(translations)(
    '%s keeps exactly the English {{placeholders}} and <tags> in every string',
    (language) => {
      const english = new Map(leaves(resources.en))
      for (const [key, text] of leaves(resources[language]))
        expect(markup(text), key).toEqual(markup(english.get(englishKeyOf(key)) ?? ''))
    },
  )

  it('every language tells patients that language help is free (Section 1557)', () => {
    for (const language of translations)
      expect(resources[language].common.languageHelp).not.toBe(resources.en.common.languageHelp)
  })
})
