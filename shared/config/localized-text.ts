import { z } from 'zod'

import { supportedLanguages, type LanguageCode } from '../languages'

/**
 * Text a clinic writes in its configuration, once per language (`{ "en": "...", "es": "..." }`).
 * Which languages must be present is checked against the enabled languages in kiosk-config.ts.
 */
export const localizedTextSchema = z.partialRecord(
  z.enum(supportedLanguages),
  z.string().trim().min(1).max(500),
  {
    // zod reports an unknown key of a partial record as `unrecognized_keys`, which the record's
    // declared issue types do not list; widen the code to compare it.
    error: (issue) =>
      (issue.code as string) === 'unrecognized_keys'
        ? `is not a supported language (supported: ${supportedLanguages.join(', ')})`
        : undefined,
  },
)
export type LocalizedText = z.output<typeof localizedTextSchema>

/** The text in `language`, falling back to English (always required) for safety. */
export function pickText(text: LocalizedText, language: LanguageCode): string {
  return text[language] ?? text.en ?? ''
}
