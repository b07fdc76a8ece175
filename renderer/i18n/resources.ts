import type { LanguageCode } from '../../shared/languages'
import { common as commonEn } from './locales/en/common'
import { idleWarning as idleWarningEn } from './locales/en/idle-warning'
import { configError as configErrorEn } from './locales/en/config-error'
import { session as sessionEn } from './locales/en/session'
import { staff as staffEn } from './locales/en/staff'
import { welcome as welcomeEn } from './locales/en/welcome'
import { common as commonEs } from './locales/es/common'
import { idleWarning as idleWarningEs } from './locales/es/idle-warning'
import { configError as configErrorEs } from './locales/es/config-error'
import { session as sessionEs } from './locales/es/session'
import { staff as staffEs } from './locales/es/staff'
import { welcome as welcomeEs } from './locales/es/welcome'

/**
 * Every translation, one namespace per feature. English is the reference; each other language
 * is typed against it, so a missing key does not compile.
 */
export const resources = {
  en: {
    common: commonEn,
    welcome: welcomeEn,
    session: sessionEn,
    idleWarning: idleWarningEn,
    staff: staffEn,
    configError: configErrorEn,
  },
  es: {
    common: commonEs,
    welcome: welcomeEs,
    session: sessionEs,
    idleWarning: idleWarningEs,
    staff: staffEs,
    configError: configErrorEs,
  },
} as const satisfies Record<LanguageCode, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['en']
export const namespaces = Object.keys(resources.en) as Namespace[]
