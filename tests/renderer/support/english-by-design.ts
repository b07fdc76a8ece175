/**
 * Which strings stay English in a translation on purpose: one rule shared by the completeness
 * test (tests/renderer/i18n-completeness.test.ts) and the e2e check that no English leaks onto a
 * patient's screen (tests/e2e/support/flow-axe.ts).
 */

/**
 * Machine-drafted languages (registry: review 'pending') whose staff screens stay English: staff
 * are not their audience, and an unreviewed translation of PINs and settings would only add risk.
 * Their `staff` module spreads the English one, so the panel never shows raw keys; only
 * `staff.header` is translated, because patients see it (the header above the "not set up" screen).
 */
export const staffInEnglish = ['so', 'hmn', 'ar'] as const

/**
 * Strings only staff see, in the staff language (always reviewed): the staff panel and PIN pad,
 * the configuration problems behind the staff gesture, and the panel's voice list. The header's
 * fallback name is the exception: patients see it above the "not set up" sign.
 */
export function staffScreenKey(key: string): boolean {
  return (
    (key.startsWith('staff.') && !key.startsWith('staff.header.')) ||
    key.startsWith('configError.') ||
    key.startsWith('speech.staff.')
  )
}

export function englishByDesign(language: string, key: string): boolean {
  return (staffInEnglish as readonly string[]).includes(language) && staffScreenKey(key)
}
