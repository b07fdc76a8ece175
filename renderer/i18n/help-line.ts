import { pickText } from '../../shared/config/localized-text'
import type { PublicConfig } from '../../shared/config/public-config'
import type { LanguageCode } from '../../shared/languages'

/**
 * The help line as patients read it: the number, plus its hours only when IT has confirmed them
 * (unconfirmed hours never reach the UI, see shared/config/public-config.ts).
 */
export function helpLine(support: PublicConfig['support'], language: LanguageCode): string {
  if (support.hours === undefined) return support.phone
  return `${support.phone} (${pickText(support.hours, language)})`
}
