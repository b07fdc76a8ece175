import { describe, expect, it } from 'vitest'

import { formatDay, formatNumber, formatTime, intlLocaleOf } from '../../../renderer/i18n/format'

describe('dates and numbers per language (the registry’s Intl locale)', () => {
  it('formats a calendar day in each language, never shifted by the time zone', () => {
    expect(formatDay('2026-03-14', 'en')).toBe('March 14, 2026')
    expect(formatDay('2026-03-14', 'es')).toBe('14 de marzo de 2026')
    expect(formatDay('2026-03-14', 'ar')).toBe('14 مارس 2026')
  })

  it('keeps Western digits in Arabic, as on the keypad and in codes', () => {
    expect(formatNumber(1234, 'ar')).not.toMatch(/[\u0660-\u0669]/)
    expect(formatTime(Date.UTC(2026, 2, 14, 14, 5), 'ar')).toMatch(/^[0-9:\s\u200f\u061c]+[صم]$/u)
    expect(formatNumber(1234, 'en')).toBe('1,234')
  })

  it('falls back to US English for a language the registry does not know', () => {
    expect(intlLocaleOf('fr')).toBe('en-US')
    expect(intlLocaleOf('ar')).toBe('ar-u-nu-latn')
  })
})
