import { describe, expect, it } from 'vitest'

import { parseConfig } from '../../../shared/config/kiosk-config'
import { languages, reviewedLanguages, supportedLanguages } from '../../../shared/languages'
import { validConfigJson, withChange, type JsonObject } from './config-fixtures'

/** The default config with `codes` enabled and every clinic text given in each of them. */
function withLanguages(codes: string[], extra: Record<string, unknown> = {}): JsonObject {
  const config = validConfigJson()
  const addText = (text: Record<string, string>) => {
    for (const code of codes) text[code] ??= `${text['en'] ?? ''} (${code})`
  }
  for (const portal of config['portals'] as JsonObject[]) {
    addText(portal['name'] as Record<string, string>)
    addText(portal['description'] as Record<string, string>)
  }
  addText((config['support'] as JsonObject)['hours'] as Record<string, string>)
  return withChange('languages', { enabled: codes, default: 'en', ...extra }, config)
}

describe('the language registry', () => {
  it('marks English and Spanish reviewed, and the machine-drafted ones pending', () => {
    expect(reviewedLanguages).toEqual(['en', 'es'])
    for (const code of ['so', 'hmn', 'ar'] as const) expect(languages[code].review).toBe('pending')
  })

  it('writes only Arabic right to left, and gives every language an endonym and a tag', () => {
    expect(supportedLanguages.filter((code) => languages[code].dir === 'rtl')).toEqual(['ar'])
    expect(languages.ar.endonym).toBe('العربية')
    for (const code of supportedLanguages) {
      expect(languages[code].endonym.trim()).not.toBe('')
      expect(Intl.getCanonicalLocales(languages[code].tag)).toHaveLength(1)
      expect(Intl.getCanonicalLocales(languages[code].intlLocale)).toHaveLength(1)
    }
  })
})

describe('a language pending review is offered only when the configuration says so', () => {
  it('rejects Arabic without allowPendingReview, naming the setting to add', () => {
    const result = parseConfig(withLanguages(['en', 'es', 'ar']))
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'languages.enabled.2',
          message:
            '"ar" (العربية) is machine-drafted and not yet reviewed by a qualified translator; to offer it anyway, add "ar" to languages.allowPendingReview',
        },
      ],
    })
  })

  it('rejects each unlisted pending language, even when another one is listed', () => {
    const result = parseConfig(
      withLanguages(['en', 'so', 'hmn', 'ar'], { allowPendingReview: ['ar'] }),
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems.map((problem) => problem.path)).toEqual([
        'languages.enabled.1',
        'languages.enabled.2',
      ])
  })

  it('accepts Arabic (also as the default) once it is listed', () => {
    const result = parseConfig(
      withLanguages(['en', 'ar'], { default: 'ar', allowPendingReview: ['ar'] }),
    )
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.config.languages.allowPendingReview).toEqual(['ar'])
  })

  it('ignores a listed language that is reviewed or not enabled (an upgrade never breaks a file)', () => {
    const result = parseConfig(withLanguages(['en', 'es'], { allowPendingReview: ['es', 'so'] }))
    expect(result.ok).toBe(true)
  })

  it('defaults to no pending language, so the embedded default needs no opt-in', () => {
    const result = parseConfig(validConfigJson())
    expect(result.ok && result.config.languages.allowPendingReview).toEqual([])
  })

  it('keeps the staff screens in a reviewed language', () => {
    const config = withLanguages(['en', 'ar'], { allowPendingReview: ['ar'] })
    const result = parseConfig(withChange('staff.language', 'ar', config))
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'staff.language', message: 'must be a reviewed language (en, es)' }],
    })
    expect(parseConfig(withChange('staff.language', 'es', config)).ok).toBe(true)
  })

  it('requires the clinic’s own texts in the pending language too', () => {
    const config = withLanguages(['en', 'ar'], { allowPendingReview: ['ar'] })
    const hours = (config['support'] as JsonObject)['hours'] as Record<string, string>
    delete hours['ar']
    const result = parseConfig(config)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['support.hours.ar'])
  })
})
