/**
 * Languages the kiosk has complete translations for. A clinic's configuration chooses which of
 * these it offers; a language missing here cannot be enabled (its text would be incomplete).
 */
export const supportedLanguages = ['en', 'es', 'so', 'hmn'] as const

export type LanguageCode = (typeof supportedLanguages)[number]

/** Each language's own name, shown on its button so a patient can recognise it. */
export const languageEndonyms: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  es: 'Español',
  so: 'Soomaali',
  hmn: 'Hmoob',
}

export function isSupportedLanguage(value: string): value is LanguageCode {
  return (supportedLanguages as readonly string[]).includes(value)
}
