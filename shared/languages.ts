/**
 * The language registry: every language the kiosk has a complete set of strings for, with what
 * the rest of the app needs to know about it. A clinic's configuration chooses which of these it
 * offers; a language missing here cannot be enabled.
 */
export const supportedLanguages = ['en', 'es', 'so', 'hmn', 'ar'] as const

export type LanguageCode = (typeof supportedLanguages)[number]

/**
 * `reviewed`: a qualified translator has checked the text. `pending`: machine-drafted and not yet
 * checked, so a clinic must opt in to offer it (`languages.allowPendingReview` in the
 * configuration): patients may act on these words about their health record.
 */
export type ReviewStatus = 'pending' | 'reviewed'

export type TextDirection = 'ltr' | 'rtl'

export interface LanguageInfo {
  /** The language's own name, shown on its button so a patient can recognise it. */
  readonly endonym: string
  readonly review: ReviewStatus
  /** Arabic is written right to left: the page gets `dir="rtl"` and the layout mirrors. */
  readonly dir: TextDirection
  /** BCP-47 tag for speech voices and the `lang` of text in this language. */
  readonly tag: string
  /**
   * The Intl locale for dates and numbers. Spanish and English use the US forms (the portals are
   * American). Arabic keeps Western digits (`nu-latn`): the keypad, the activation code, phone
   * numbers and the portal's own pages all use 0–9, and a number must look the same where it is
   * read and where it is typed.
   */
  readonly intlLocale: string
}

export const languages: Readonly<Record<LanguageCode, LanguageInfo>> = {
  en: { endonym: 'English', review: 'reviewed', dir: 'ltr', tag: 'en-US', intlLocale: 'en-US' },
  es: { endonym: 'Español', review: 'reviewed', dir: 'ltr', tag: 'es-US', intlLocale: 'es-US' },
  so: { endonym: 'Soomaali', review: 'pending', dir: 'ltr', tag: 'so', intlLocale: 'so' },
  // Hmong (RPA, White Hmong). Intl has no Hmong data: dates fall back to the runtime's default.
  hmn: { endonym: 'Hmoob', review: 'pending', dir: 'ltr', tag: 'hmn', intlLocale: 'hmn' },
  ar: { endonym: 'العربية', review: 'pending', dir: 'rtl', tag: 'ar', intlLocale: 'ar-u-nu-latn' },
}

/** Each language's own name (kept as its own export: the language buttons read only this). */
export const languageEndonyms: Readonly<Record<LanguageCode, string>> = Object.fromEntries(
  supportedLanguages.map((code) => [code, languages[code].endonym]),
) as Record<LanguageCode, string>

/** Languages whose text a qualified translator has checked (staff screens use only these). */
export const reviewedLanguages: readonly LanguageCode[] = supportedLanguages.filter(
  (code) => languages[code].review === 'reviewed',
)

export function isSupportedLanguage(value: string): value is LanguageCode {
  return (supportedLanguages as readonly string[]).includes(value)
}

/** The direction of text in `language`; anything unknown is left to right. */
export function directionOf(language: string): TextDirection {
  return isSupportedLanguage(language) ? languages[language].dir : 'ltr'
}
