import { describe, expect, it } from 'vitest'

import { languages, supportedLanguages, type LanguageCode } from '../../shared/languages'
import { resources } from '../../renderer/i18n/resources'

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  )
}

const leafKeys = (value: unknown) => leaves(value).map(([key]) => key)

/**
 * Namespaces that stay English on purpose in a language pending review: staff screens follow
 * `staff.language`, always a reviewed language (shared/config/kiosk-config.ts).
 */
const staffOnly = new Set(['staff'])

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
    key.endsWith('_other') && !staffOnly.has(key.split('.')[0] ?? '')
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

  it.each(['es', 'ar'] as const)(
    '%s is actually translated (not English copied over)',
    (language) => {
      const english = new Map(leaves(resources.en))
      const same = leaves(resources[language]).filter(
        ([key, text]) =>
          !staffOnly.has(key.split('.')[0] ?? '') &&
          english.get(key) === text &&
          /[a-z]{4,}/i.test(text),
      )
      // Proper nouns and numbers may be identical; whole sentences must not be.
      expect(same.filter(([, text]) => text.split(' ').length > 3)).toEqual([])
    },
  )

  it.each(supportedLanguages)('%s uses the same {{placeholders}} as English', (language) => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
    const english = new Map(leaves(resources.en))
    for (const [key, text] of leaves(resources[language])) {
      const englishKey = key.replace(/_(zero|two|few|many)$/, '_other')
      expect(placeholders(text), key).toEqual(placeholders(english.get(englishKey) ?? ''))
    }
  })

  it('every language tells patients that language help is free (Section 1557)', () => {
    for (const language of supportedLanguages)
      expect(resources[language].common.languageHelp.trim()).not.toBe('')
    expect(resources.ar.common.languageHelp).not.toBe(resources.en.common.languageHelp)
  })
})
