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

describe('translations', () => {
  it.each(supportedLanguages)('%s has exactly the English keys', (language) => {
    expect(leafKeys(resources[language]).sort()).toEqual(leafKeys(resources.en).sort())
  })

  it.each(supportedLanguages)('%s has no empty strings', (language) => {
    for (const [key, text] of leaves(resources[language])) expect(text.trim(), key).not.toBe('')
  })

  it('Spanish is actually translated (not English copied over)', () => {
    const english = new Map(leaves(resources.en))
    const same = leaves(resources.es).filter(
      ([key, text]) => english.get(key) === text && /[a-z]{4,}/i.test(text),
    )
    // Proper nouns and numbers may be identical; whole sentences must not be.
    expect(same.filter(([, text]) => text.split(' ').length > 3)).toEqual([])
  })

  it('uses the same {{placeholders}} in every language', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
    const english = new Map(leaves(resources.en))
    for (const [key, text] of leaves(resources.es))
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''))
  })
})
