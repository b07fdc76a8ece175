import type { LanguageCode } from '../../shared/languages'
import { accountHolder as accountHolderEn } from './locales/en/account-holder'
import { activation as activationEn } from './locales/en/activation'
import { common as commonEn } from './locales/en/common'
import { idleWarning as idleWarningEn } from './locales/en/idle-warning'
import { configError as configErrorEn } from './locales/en/config-error'
import { session as sessionEn } from './locales/en/session'
import { staff as staffEn } from './locales/en/staff'
import { done as doneEn } from './locales/en/done'
import { ending as endingEn } from './locales/en/ending'
import { flow as flowEn } from './locales/en/flow'
import { handoff as handoffEn } from './locales/en/handoff'
import { help as helpEn } from './locales/en/help'
import { portalChoice as portalChoiceEn } from './locales/en/portal-choice'
import { privacyTips as privacyTipsEn } from './locales/en/privacy-tips'
import { readiness as readinessEn } from './locales/en/readiness'
import { signInTrouble as signInTroubleEn } from './locales/en/sign-in-trouble'
import { shell as shellEn } from './locales/en/shell'
import { staffHelp as staffHelpEn } from './locales/en/staff-help'
import { ui as uiEn } from './locales/en/ui'
import { welcome as welcomeEn } from './locales/en/welcome'
import { portalFeatures as portalFeaturesEn } from './locales/en/portal-features'
import { ownPhone as ownPhoneEn } from './locales/en/own-phone'
import { speech as speechEn } from './locales/en/speech'
import { accountHolder as accountHolderEs } from './locales/es/account-holder'
import { activation as activationEs } from './locales/es/activation'
import { common as commonEs } from './locales/es/common'
import { idleWarning as idleWarningEs } from './locales/es/idle-warning'
import { configError as configErrorEs } from './locales/es/config-error'
import { session as sessionEs } from './locales/es/session'
import { staff as staffEs } from './locales/es/staff'
import { done as doneEs } from './locales/es/done'
import { ending as endingEs } from './locales/es/ending'
import { flow as flowEs } from './locales/es/flow'
import { handoff as handoffEs } from './locales/es/handoff'
import { help as helpEs } from './locales/es/help'
import { portalChoice as portalChoiceEs } from './locales/es/portal-choice'
import { privacyTips as privacyTipsEs } from './locales/es/privacy-tips'
import { readiness as readinessEs } from './locales/es/readiness'
import { signInTrouble as signInTroubleEs } from './locales/es/sign-in-trouble'
import { shell as shellEs } from './locales/es/shell'
import { staffHelp as staffHelpEs } from './locales/es/staff-help'
import { ui as uiEs } from './locales/es/ui'
import { welcome as welcomeEs } from './locales/es/welcome'
import { portalFeatures as portalFeaturesEs } from './locales/es/portal-features'
import { ownPhone as ownPhoneEs } from './locales/es/own-phone'
import { speech as speechEs } from './locales/es/speech'

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
    // The patient flow (issue 3).
    ui: uiEn,
    flow: flowEn,
    portalChoice: portalChoiceEn,
    accountHolder: accountHolderEn,
    readiness: readinessEn,
    activation: activationEn,
    privacyTips: privacyTipsEn,
    handoff: handoffEn,
    done: doneEn,
    help: helpEn,
    signInTrouble: signInTroubleEn,
    staffHelp: staffHelpEn,
    // The main process's shell: blocked page parts, unreachable fields, restarts (issue 10).
    shell: shellEn,
    // Issue 11: every topic of the guide.
    portalFeatures: portalFeaturesEn,
    ownPhone: ownPhoneEn,
    ending: endingEn,
    // Issue 14: speech output.
    speech: speechEn,
  },
  es: {
    common: commonEs,
    welcome: welcomeEs,
    session: sessionEs,
    idleWarning: idleWarningEs,
    staff: staffEs,
    configError: configErrorEs,
    // The patient flow (issue 3).
    ui: uiEs,
    flow: flowEs,
    portalChoice: portalChoiceEs,
    accountHolder: accountHolderEs,
    readiness: readinessEs,
    activation: activationEs,
    privacyTips: privacyTipsEs,
    handoff: handoffEs,
    done: doneEs,
    help: helpEs,
    signInTrouble: signInTroubleEs,
    staffHelp: staffHelpEs,
    shell: shellEs,
    // Issue 11: every topic of the guide.
    portalFeatures: portalFeaturesEs,
    ownPhone: ownPhoneEs,
    ending: endingEs,
    // Issue 14: speech output.
    speech: speechEs,
  },
} as const satisfies Record<LanguageCode, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['en']
export const namespaces = Object.keys(resources.en) as Namespace[]
