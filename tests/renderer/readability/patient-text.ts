import type { LanguageCode } from '../../../shared/languages'
import { resources } from '../../../renderer/i18n/resources'

/**
 * Every string a patient reads, per language: the patient namespaces of the translations
 * (staff screens, the "not configured" screen and developer notices are for staff and IT).
 */
const patientNamespaces = [
  'welcome',
  'session',
  'idleWarning',
  'ui',
  'flow',
  'portalChoice',
  'accountHolder',
  'readiness',
  'activation',
  'privacyTips',
  'handoff',
  'done',
  'help',
  'signInTrouble',
  'staffHelp',
  'portalFeatures',
  'ownPhone',
] as const

/** Keys that hold data for the code, not prose (the date order, keyboard layer names…). */
const notProse = /(^|\.)(order|layouts\.[a-z]+|name|quoted|staffHelp\.forStaff)$/

export interface PatientString {
  readonly key: string
  readonly text: string
}

export function patientStrings(language: LanguageCode): PatientString[] {
  const out: PatientString[] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (!notProse.test(path)) out.push({ key: path, text: value })
      return
    }
    if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value))
        walk(child, path === '' ? key : `${path}.${key}`)
  }
  for (const namespace of patientNamespaces) walk(resources[language][namespace], namespace)
  return out
}

/**
 * Proper names and labels a sentence must quote as they are: counted as one short word, so a
 * sentence is not marked hard because it names "Mayo Clinic Health System" or a button.
 */
const properNames = [
  /“[^”]*”/g, // a quoted button or label (English)
  /«[^»]*»/g, // the same in Spanish
  /\{\{[a-z]+\}\}/gi, // an interpolated value (a phone number, a portal name)
  /Mayo Clinic Health System|Mayo Clinic|Patient Online Services|Health System/g,
  /HIPAA|JavaScript|Chrome|Edge|Safari|Firefox|Incognito|InPrivate|iPhone|iPad|Mac|LAN ID/g,
  /Minnesota|Wisconsin|Iowa/g,
  /[A-Z0-9]{4,}(-[A-Z0-9]{4,})+/g, // an example code like ABCDE-12345-FGHIJ
  /\b[\w.+-]+@[\w.-]+\b/g, // an example email address
]

export function withoutProperNames(text: string): string {
  return properNames.reduce((result, pattern) => result.replace(pattern, 'Name'), text)
}

/** Sentences of a string: split after . ? ! : (a colon ends a lead-in) followed by a space. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!:])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
}

export function words(sentence: string): string[] {
  return sentence
    .split(/[\s—–/→]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word))
}
