import { describe, expect, it } from 'vitest'

import { supportedLanguages } from '../../shared/languages'
import { resources } from '../../renderer/i18n/resources'

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix === '' ? key : `${prefix}.${key}`),
  )
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  )
}

/** Every language but the reference. */
const translations = supportedLanguages.filter((language) => language !== 'en')

/**
 * Machine-drafted languages (registry: review 'pending') whose staff screens stay English: staff
 * are not their audience, and an unreviewed translation of PINs and settings would only add risk.
 * Their `staff` module spreads the English one, so the panel never shows raw keys; only
 * `staff.header` is translated, because patients see it (the header above the "not set up" screen).
 */
const staffInEnglish = ['so', 'hmn'] as const

function englishByDesign(language: string, key: string): boolean {
  return (
    (staffInEnglish as readonly string[]).includes(language) &&
    key.startsWith('staff.') &&
    !key.startsWith('staff.header.')
  )
}

/**
 * Strings a translation may keep exactly as in English: names and data, not prose. A key alone
 * applies to every language; `lang:key` to one.
 */
const sameAsEnglish: ReadonlySet<string> = new Set([
  'activation.dateOfBirth.order', // data for the code: the order of the date fields
  'ui.keyboard.layouts.letters', // "ABC": the letters on the keys
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

describe('translations', () => {
  it.each(supportedLanguages)('%s has exactly the English keys', (language) => {
    expect(leafKeys(resources[language]).sort()).toEqual(leafKeys(resources.en).sort())
  })

  it.each(supportedLanguages)('%s has no empty strings', (language) => {
    for (const [key, text] of leaves(resources[language])) expect(text.trim(), key).not.toBe('')
  })

  it.each(staffInEnglish)(
    '%s shows the staff screens in English, word for word, and translates the header',
    (language) => {
      const english = new Map(leaves(resources.en))
      const staff = leaves(resources[language]).filter(([key]) => key.startsWith('staff.'))
      for (const [key, text] of staff)
        if (englishByDesign(language, key)) expect(text, key).toBe(english.get(key))
        else expect(text, key).not.toBe(english.get(key))
    },
  )

  it.each(translations)('%s is actually translated (not English copied over)', (language) => {
    const english = new Map(leaves(resources.en))
    const same = leaves(resources[language])
      .filter(([key]) => !englishByDesign(language, key))
      .filter(([key, text]) => english.get(key) === text && hasWords(text))
      .map(([key]) => key)
      .filter((key) => !sameAsEnglish.has(key) && !sameAsEnglish.has(`${language}:${key}`))
    expect(same).toEqual([])
  })

  it.each(translations)(
    '%s keeps exactly the English {{placeholders}} and <tags> in every string',
    (language) => {
      const english = new Map(leaves(resources.en))
      for (const [key, text] of leaves(resources[language]))
        expect(markup(text), key).toEqual(markup(english.get(key) ?? ''))
    },
  )
})
