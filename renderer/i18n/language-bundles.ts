import type { LanguageCode } from '../../shared/languages'
import type { LanguageBundle } from './bundles/bundle-of'

/**
 * One chunk per language, fetched only when that language is used: the first screen needs the
 * clinic's default language only (fetched after the first frame, deliberately not
 * modulepreloaded: see scripts/vite-prerender.mjs); another language arrives when a patient picks it. Typed against
 * LanguageCode, so a new language does not compile until it has a bundle here.
 */
const loaders: Record<LanguageCode, () => Promise<{ default: LanguageBundle }>> = {
  en: () => import('./bundles/en'),
  es: () => import('./bundles/es'),
  so: () => import('./bundles/so'),
  hmn: () => import('./bundles/hmn'),
  ar: () => import('./bundles/ar'),
}

const loaded = new Map<string, Promise<LanguageBundle>>()

export function isBundledLanguage(language: string): language is LanguageCode {
  return Object.hasOwn(loaders, language)
}

/** The strings of `language`, loaded once per page. */
export function loadLanguageBundle(language: LanguageCode): Promise<LanguageBundle> {
  let bundle = loaded.get(language)
  if (bundle === undefined) {
    bundle = loaders[language]().then((module) => module.default)
    loaded.set(language, bundle)
  }
  return bundle
}
