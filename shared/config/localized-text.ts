import { z } from 'zod'

import { supportedLanguages, type LanguageCode } from '../languages'

/**
 * Text a clinic writes in its configuration, once per language (`{ "en": "...", "es": "..." }`).
 * Which languages must be present is checked against the enabled languages in kiosk-config.ts.
 */
export const localizedTextSchema = z.partialRecord(
  z.enum(supportedLanguages),
  z.string().trim().min(1).max(500),
)
export type LocalizedText = z.output<typeof localizedTextSchema>

/** The text in `language`, falling back to English (always required) for safety. */
export function pickText(text: LocalizedText, language: LanguageCode): string {
  return text[language] ?? text.en ?? ''
}
