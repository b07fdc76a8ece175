import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { LanguageCode } from '../../shared/languages'
import { namespaces, resources } from './resources'

export const defaultLanguage: LanguageCode = 'en'

/**
 * A fresh i18next instance with every resource bundled (no network loading: the CSP forbids it
 * and a kiosk must work offline). Synchronous, so the first paint is already translated.
 */
export function createKioskI18n(language: LanguageCode = defaultLanguage): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    saveMissing: false,
  })
  return instance
}
