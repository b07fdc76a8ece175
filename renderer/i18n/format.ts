import { isSupportedLanguage, languages } from '../../shared/languages'

/**
 * Dates, times and numbers in a language's own conventions, through Intl with the registry's
 * locale (shared/languages.ts): US forms for English and Spanish, Western digits in Arabic.
 * Anything unknown is formatted as US English rather than guessed.
 */
export function intlLocaleOf(language: string): string {
  return isSupportedLanguage(language) ? languages[language].intlLocale : 'en-US'
}

/** "2:05 PM", "14:05" or "2:05 م": a clock time. */
export function formatTime(epoch: number, language: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(language), {
    hour: 'numeric',
    minute: '2-digit',
  }).format(epoch)
}

/**
 * A calendar day given as `YYYY-MM-DD` (a local date, no time zone): "March 14, 2026",
 * "14 de marzo de 2026", "14 مارس 2026". Read as UTC noon and formatted in UTC, so the day
 * never shifts with the kiosk's time zone.
 */
export function formatDay(isoDay: string, language: string): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return isoDay
  return new Intl.DateTimeFormat(intlLocaleOf(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day, 12))
}

/** A count with the language's grouping: "1,234", "1234" (Spanish writes 4 digits ungrouped). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocaleOf(language)).format(value)
}
