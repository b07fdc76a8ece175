import { directionOf } from '../../shared/languages'

/**
 * Marks the page with the patient's language and its direction: `<html lang="ar" dir="rtl">`
 * mirrors the whole layout (the stylesheet uses logical properties) and tells screen readers
 * and speech which language to read. Back to `ltr` for every other language.
 */
export function applyDocumentLanguage(root: HTMLElement, language: string): void {
  root.lang = language
  root.dir = directionOf(language)
}
