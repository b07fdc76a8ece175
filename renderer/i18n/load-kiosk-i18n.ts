import i18next, { type BackendModule, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { LanguageCode } from '../../shared/languages'
import { isBundledLanguage, loadLanguageBundle } from './language-bundles'

/**
 * Loads another language's chunk the first time i18next needs it (a patient picks Español):
 * `changeLanguage` waits for it, so no screen ever shows untranslated keys. Nothing goes over
 * the network: the chunks are the app's own files (the CSP allows only 'self').
 */
const bundleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isBundledLanguage(language)) {
      callback(new Error(`no strings for language ${language}`), false)
      return
    }
    loadLanguageBundle(language).then(
      (bundle) => callback(null, bundle[namespace] ?? {}),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

/**
 * The app's i18next instance with only `language`'s strings loaded (the clinic's default for
 * the first screen); other languages load on demand. Resolves once the first screen can render
 * translated. Tests that need every language at once use createKioskI18n() (i18n.ts).
 */
export async function loadKioskI18n(language: LanguageCode): Promise<i18n> {
  const bundle = await loadLanguageBundle(language)
  const instance = i18next.createInstance()
  await instance
    .use(bundleBackend)
    .use(initReactI18next)
    .init({
      resources: { [language]: bundle },
      // The given language is complete; others come from the backend when asked for.
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      ns: Object.keys(bundle),
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      saveMissing: false,
    })
  return instance
}
