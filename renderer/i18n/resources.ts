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
import { accountHolder as accountHolderSo } from './locales/so/account-holder'
import { activation as activationSo } from './locales/so/activation'
import { common as commonSo } from './locales/so/common'
import { idleWarning as idleWarningSo } from './locales/so/idle-warning'
import { configError as configErrorSo } from './locales/so/config-error'
import { session as sessionSo } from './locales/so/session'
import { staff as staffSo } from './locales/so/staff'
import { done as doneSo } from './locales/so/done'
import { ending as endingSo } from './locales/so/ending'
import { flow as flowSo } from './locales/so/flow'
import { handoff as handoffSo } from './locales/so/handoff'
import { help as helpSo } from './locales/so/help'
import { portalChoice as portalChoiceSo } from './locales/so/portal-choice'
import { privacyTips as privacyTipsSo } from './locales/so/privacy-tips'
import { readiness as readinessSo } from './locales/so/readiness'
import { signInTrouble as signInTroubleSo } from './locales/so/sign-in-trouble'
import { shell as shellSo } from './locales/so/shell'
import { staffHelp as staffHelpSo } from './locales/so/staff-help'
import { ui as uiSo } from './locales/so/ui'
import { welcome as welcomeSo } from './locales/so/welcome'
import { portalFeatures as portalFeaturesSo } from './locales/so/portal-features'
import { ownPhone as ownPhoneSo } from './locales/so/own-phone'
import { speech as speechSo } from './locales/so/speech'
import { accountHolder as accountHolderHmn } from './locales/hmn/account-holder'
import { activation as activationHmn } from './locales/hmn/activation'
import { common as commonHmn } from './locales/hmn/common'
import { idleWarning as idleWarningHmn } from './locales/hmn/idle-warning'
import { configError as configErrorHmn } from './locales/hmn/config-error'
import { session as sessionHmn } from './locales/hmn/session'
import { staff as staffHmn } from './locales/hmn/staff'
import { done as doneHmn } from './locales/hmn/done'
import { ending as endingHmn } from './locales/hmn/ending'
import { flow as flowHmn } from './locales/hmn/flow'
import { handoff as handoffHmn } from './locales/hmn/handoff'
import { help as helpHmn } from './locales/hmn/help'
import { portalChoice as portalChoiceHmn } from './locales/hmn/portal-choice'
import { privacyTips as privacyTipsHmn } from './locales/hmn/privacy-tips'
import { readiness as readinessHmn } from './locales/hmn/readiness'
import { signInTrouble as signInTroubleHmn } from './locales/hmn/sign-in-trouble'
import { shell as shellHmn } from './locales/hmn/shell'
import { staffHelp as staffHelpHmn } from './locales/hmn/staff-help'
import { ui as uiHmn } from './locales/hmn/ui'
import { welcome as welcomeHmn } from './locales/hmn/welcome'
import { portalFeatures as portalFeaturesHmn } from './locales/hmn/portal-features'
import { ownPhone as ownPhoneHmn } from './locales/hmn/own-phone'
import { speech as speechHmn } from './locales/hmn/speech'
import { accountHolder as accountHolderAr } from './locales/ar/account-holder'
import { activation as activationAr } from './locales/ar/activation'
import { common as commonAr } from './locales/ar/common'
import { idleWarning as idleWarningAr } from './locales/ar/idle-warning'
import { configError as configErrorAr } from './locales/ar/config-error'
import { session as sessionAr } from './locales/ar/session'
import { staff as staffAr } from './locales/ar/staff'
import { done as doneAr } from './locales/ar/done'
import { ending as endingAr } from './locales/ar/ending'
import { flow as flowAr } from './locales/ar/flow'
import { handoff as handoffAr } from './locales/ar/handoff'
import { help as helpAr } from './locales/ar/help'
import { portalChoice as portalChoiceAr } from './locales/ar/portal-choice'
import { privacyTips as privacyTipsAr } from './locales/ar/privacy-tips'
import { readiness as readinessAr } from './locales/ar/readiness'
import { signInTrouble as signInTroubleAr } from './locales/ar/sign-in-trouble'
import { shell as shellAr } from './locales/ar/shell'
import { staffHelp as staffHelpAr } from './locales/ar/staff-help'
import { ui as uiAr } from './locales/ar/ui'
import { welcome as welcomeAr } from './locales/ar/welcome'
import { portalFeatures as portalFeaturesAr } from './locales/ar/portal-features'
import { ownPhone as ownPhoneAr } from './locales/ar/own-phone'
import { speech as speechAr } from './locales/ar/speech'
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
  so: {
    common: commonSo,
    welcome: welcomeSo,
    session: sessionSo,
    idleWarning: idleWarningSo,
    staff: staffSo,
    configError: configErrorSo,
    // The patient flow (issue 3).
    ui: uiSo,
    flow: flowSo,
    portalChoice: portalChoiceSo,
    accountHolder: accountHolderSo,
    readiness: readinessSo,
    activation: activationSo,
    privacyTips: privacyTipsSo,
    handoff: handoffSo,
    done: doneSo,
    help: helpSo,
    signInTrouble: signInTroubleSo,
    staffHelp: staffHelpSo,
    shell: shellSo,
    // Issue 11: every topic of the guide.
    portalFeatures: portalFeaturesSo,
    ownPhone: ownPhoneSo,
    ending: endingSo,
    speech: speechSo,
  },
  hmn: {
    common: commonHmn,
    welcome: welcomeHmn,
    session: sessionHmn,
    idleWarning: idleWarningHmn,
    staff: staffHmn,
    configError: configErrorHmn,
    // The patient flow (issue 3).
    ui: uiHmn,
    flow: flowHmn,
    portalChoice: portalChoiceHmn,
    accountHolder: accountHolderHmn,
    readiness: readinessHmn,
    activation: activationHmn,
    privacyTips: privacyTipsHmn,
    handoff: handoffHmn,
    done: doneHmn,
    help: helpHmn,
    signInTrouble: signInTroubleHmn,
    staffHelp: staffHelpHmn,
    shell: shellHmn,
    // Issue 11: every topic of the guide.
    portalFeatures: portalFeaturesHmn,
    ownPhone: ownPhoneHmn,
    ending: endingHmn,
    speech: speechHmn,
  },
  ar: {
    common: commonAr,
    welcome: welcomeAr,
    session: sessionAr,
    idleWarning: idleWarningAr,
    staff: staffAr,
    configError: configErrorAr,
    // The patient flow (issue 3).
    ui: uiAr,
    flow: flowAr,
    portalChoice: portalChoiceAr,
    accountHolder: accountHolderAr,
    readiness: readinessAr,
    activation: activationAr,
    privacyTips: privacyTipsAr,
    handoff: handoffAr,
    done: doneAr,
    help: helpAr,
    signInTrouble: signInTroubleAr,
    staffHelp: staffHelpAr,
    shell: shellAr,
    // Issue 11: every topic of the guide.
    portalFeatures: portalFeaturesAr,
    ownPhone: ownPhoneAr,
    ending: endingAr,
    speech: speechAr,
  },
} as const satisfies Record<LanguageCode, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['en']
export const namespaces = Object.keys(resources.en) as Namespace[]
