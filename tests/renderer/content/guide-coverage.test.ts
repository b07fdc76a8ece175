import { describe, expect, it } from 'vitest'

import { defaultConfigInput } from '../../../shared/config/default-config'
import { resources } from '../../../renderer/i18n/resources'
import { patientStrings } from '../readability/patient-text'
import { missingTopics, textOf, type Resources, type TopicRow } from './guide-topics'

/**
 * The guide, item by item: each row is one thing the review of the patient text found wrong,
 * missing, only partly there, stated beyond what we know, badly worded in Spanish, or missing
 * for staff and teens. A row names the strings that carry it and, per language, what each must
 * say, so a row fails when its string is gone in English or Spanish or no longer says it.
 * (Somali, Hmong and Arabic are drafts: the type of each translation makes them complete.)
 */
const rows: readonly TopicRow[] = [
  // Wrong
  {
    item: 'the readiness hint gives the code’s shape from the configuration, as likely, not fact',
    keys: ['readiness.code.hint'],
    en: /often has \{\{groups\}\} groups of \{\{length\}\}/,
    es: /suele tener \{\{groups\}\} grupos de \{\{length\}\}/,
  },
  {
    item: 'the keyboard’s count messages use the configured code length',
    keys: ['ui.keyboard.codeComplete', 'ui.keyboard.codeTooLong'],
    en: /\{\{total\}\} characters/,
    es: /\{\{total\}\} caracteres/,
  },
  {
    item: 'cookie help names what to look for, not menu paths',
    keys: ['signInTrouble.browsers.note', 'signInTrouble.browsers.edge.cookies'],
    en: /words to look for|look for the words/,
    es: /palabras buscar|busque las palabras/,
  },
  {
    item: 'clear the cache and cookies (the guide’s words), not the cached files only',
    keys: ['signInTrouble.general.cache', 'signInTrouble.browsers.chrome.cache'],
    en: /cache and cookies/,
    es: /caché y las cookies/,
  },
  // Missing
  {
    item: 'the page-title check for anyone who does search',
    keys: ['signInTrouble.general.titleCheck'],
    en: /title.*“Mayo Clinic”.*“Mayo Clinic Patient Portal”.*“Mayo Clinic Health System”/,
    es: /título.*«Mayo Clinic».*«Mayo Clinic Patient Portal».*«Mayo Clinic Health System»/,
  },
  {
    item: 'keep your username or email and password handy',
    keys: ['signInTrouble.beforeSignIn.heading', 'signInTrouble.beforeSignIn.login'],
    en: /have these ready|username or email address, and your password/,
    es: /tenga esto a mano|usuario o correo electrónico, y su contraseña/,
  },
  {
    item: 'what blocked cookies look like',
    keys: ['signInTrouble.general.cookieSigns'],
    en: /does not load.*back to the sign-in page.*error/,
    es: /no carga.*página para entrar.*error/,
  },
  {
    item: 'the portals’ sign-in and help pages look a little different, same records',
    keys: ['portalChoice.looksDifferent'],
    en: /look a bit different.*same records/,
    es: /un poco distintas.*mismo expediente/,
  },
  // Partly
  {
    item: 'the email’s link to the online form',
    keys: ['readiness.code.hint'],
    en: /email may also have a link to the online form/,
    es: /correo también puede traer un enlace al formulario/,
  },
  {
    item: 'going on without a code where the clinic has no self sign-up address',
    keys: ['readiness.noCode.maybeWithoutCode'],
    en: /go on without a code/,
    es: /seguir sin código/,
  },
  {
    item: 'a supported browser',
    keys: ['signInTrouble.beforeSignIn.browser'],
    en: /browser the portal supports/,
    es: /navegador que el portal acepte/,
  },
  {
    item: 'reviewing billing notices',
    keys: ['portalFeatures.topics.bills.body'],
    en: /billing notices/,
    es: /avisos de facturación/,
  },
  {
    item: 'refills at some Mayo Clinic pharmacies, requests followed in one place',
    keys: ['portalFeatures.topics.refills.body'],
    en: /Mayo Clinic pharmacies.*in one place/,
    es: /farmacias de Mayo Clinic.*un solo lugar/,
  },
  {
    item: 'cookies as the usual culprit',
    keys: ['signInTrouble.causes'],
    en: /Cookie settings are a common cause/,
    es: /ajustes de cookies son una causa común/,
  },
  {
    item: 'close and reopen the browser after changing cookies',
    keys: ['signInTrouble.general.cookies'],
    en: /close the browser, open it again/,
    es: /cierre el navegador, ábralo otra vez/,
  },
  {
    item: 'phone security settings',
    keys: ['signInTrouble.causes'],
    en: /Security settings on a phone/,
    es: /ajustes de seguridad del teléfono/,
  },
  {
    item: '“keeps redirecting”, not only “keeps loading”',
    keys: ['signInTrouble.general.freshStart'],
    en: /from page to page.*keeps loading/,
    es: /de una página a otra.*cargar/,
  },
  {
    item: 'secure messaging',
    keys: ['portalFeatures.topics.messages.title', 'portalFeatures.topics.messages.body'],
    en: /messages/,
    es: /mensajes/,
  },
  {
    item: 'sign-in methods, not only features, vary by location',
    keys: ['portalFeatures.varies'],
    en: /how you sign in/,
    es: /cómo entra/,
  },
  {
    item: 'use official resources for personal or medical information',
    keys: ['privacyTips.tips.officialOnly.title', 'privacyTips.tips.officialOnly.body'],
    en: /official/,
    es: /oficial/,
  },
  {
    item: 'the sign-in page’s links: Help, Assistance or Account Recovery',
    keys: ['help.recovery.body'],
    en: /“Help”, “Assistance” or “Account Recovery”/,
    es: /Help, Assistance o Account Recovery/,
  },
  // Stated beyond what we know: now the clinic's own statement, or advice
  {
    item: 'a new code at the front desk: advice, or what the clinic states',
    keys: ['readiness.noCode.staff.ask', 'readiness.noCode.staff.yes', 'readiness.noCode.staff.no'],
    en: /front desk/,
    es: /recepción/,
  },
  {
    item: 'the proxy request form at the front desk: advice, or what the clinic states',
    keys: [
      'accountHolder.caregiverInfo.staff.ask',
      'accountHolder.caregiverInfo.staff.yes',
      'accountHolder.caregiverInfo.staff.no',
    ],
    en: /front desk/,
    es: /recepción/,
  },
  {
    item: 'help setting up a teen account at the front desk: advice, or what the clinic states',
    keys: [
      'accountHolder.teenInfo.staff.ask',
      'accountHolder.teenInfo.staff.yes',
      'accountHolder.teenInfo.staff.no',
    ],
    en: /front desk/,
    es: /recepción/,
  },
  {
    item: 'without a working code (no claim that codes expire or work once)',
    keys: ['readiness.noCode.intro'],
    en: /Without a code that works/,
    es: /no tenga un código que sirva/,
  },
  {
    item: 'the help line helps with activation (not “ask for a new code”)',
    keys: ['readiness.noCode.phone'],
    en: /help line helps with activation/,
    es: /línea de ayuda atiende problemas con la activación/,
  },
  {
    item: 'the Mayo Clinic number: optional, given only if you have it (no place it is printed)',
    keys: ['readiness.mayoNumber.hint'],
    en: /only if you have it/,
    es: /solo si lo tiene/,
  },
  {
    item: 'other apps: their own privacy rules apply (no HIPAA claim)',
    keys: ['portalFeatures.topics.apps.body'],
    en: /own privacy rules apply\.$/,
    es: /reglas de privacidad de esa aplicación\.$/,
  },
  {
    item: 'wrong tries delay access (not “lock your account”)',
    keys: ['help.technical.noGuessing'],
    en: /have to wait before you can get in/,
    es: /tenga que esperar para entrar/,
  },
  // Spanish
  {
    item: 'proxy access is “acceso como representante”',
    keys: ['accountHolder.caregiverInfo.intro', 'accountHolder.caregiverInfo.adult'],
    en: /proxy access/,
    es: /acceso como representante/,
  },
  {
    item: 'the refills title names prescription refills',
    keys: ['portalFeatures.topics.refills.title'],
    en: /refills/,
    es: /resurtidos de recetas/,
  },
  // Staff and teen details
  {
    item: 'the staff banner in plain words, whom to ask, details for IT',
    keys: [
      'staff.panel.unverified.intro',
      'staff.panel.unverified.whomToAsk',
      'staff.panel.unverified.forIt',
    ],
    en: /not confirmed|IT team|For IT/,
    es: /no están confirmados|equipo de TI|Para TI/,
  },
  {
    item: 'the teen path names the teen’s details',
    keys: [
      'ui.officialForm.teen.name',
      'ui.officialForm.teen.birthDate',
      'activation.teen.firstName.label',
    ],
    en: /teen’s|Their/,
    es: /adolescente/,
  },
  {
    item: 'the full form lists what the official page will also ask',
    keys: ['ui.officialForm.alsoHeading'],
    en: /also ask/,
    es: /también le pedirá/,
  },
]

/**
 * Claims the review found stated beyond what we know. None may come back in a patient string
 * (the clinic's own statements come from its configuration, in the `yes` and `no` forms above).
 */
const beyondWhatWeKnow: Readonly<Record<'en' | 'es', readonly RegExp[]>> = {
  en: [
    /expire or work only once/,
    /lock your account/,
    /HIPAA/,
    /ask for a new code/,
    /visit papers or a bill/,
    /three groups of five/,
    /Keep tracking prevention at Balanced/,
    /Choose Standard protection/,
    /under Apps/,
    /cached images and files/,
    /Forgot, or Account recovery/,
  ],
  es: [
    /vencer o servir una sola vez/,
    /bloquear su cuenta/,
    /HIPAA/,
    /pida un código nuevo/,
    /documentos de su consulta o en una factura/,
    /tres grupos de cinco/,
    /apoderado/,
    /Pedir más medicina/,
    /Equilibrada/,
    /protección Estándar/,
    /dentro de Apps/,
  ],
}

describe('the guide reaches the patient, item by item', () => {
  it.each(['en', 'es'] as const)(
    'every row has its strings in %s, saying what the guide says',
    (language) => {
      expect(missingTopics(resources as Resources, rows, language)).toEqual([])
    },
  )

  it('can fail: a row whose string is gone, or no longer says it, is reported', () => {
    const withoutOne = structuredClone(resources) as Resources
    const signInTrouble = withoutOne.en['signInTrouble'] as Record<string, unknown>
    delete signInTrouble['causes']
    const reworded = withoutOne.es['help'] as Record<string, Record<string, unknown>>
    reworded['recovery'] = { ...reworded['recovery'], body: 'Busque un enlace.' }
    expect(missingTopics(withoutOne, rows, 'en')).toEqual([
      'cookies as the usual culprit: signInTrouble.causes is missing',
      'phone security settings: signInTrouble.causes is missing',
    ])
    expect(missingTopics(withoutOne, rows, 'es')).toEqual([
      'the sign-in page’s links: Help, Assistance or Account Recovery: help.recovery.body does not say /Help, Assistance o Account Recovery/',
    ])
  })

  it.each(['en', 'es'] as const)('no %s patient string states what we do not know', (language) => {
    const found = patientStrings(language).flatMap(({ key, text }) =>
      beyondWhatWeKnow[language]
        .filter((claim) => claim.test(text))
        .map((claim) => `${key}: ${claim}`),
    )
    expect(found).toEqual([])
  })

  it('the portal description says the app offers many of the same services (the guide)', () => {
    const mayo = defaultConfigInput.portals[0]
    expect(mayo?.description.en).toMatch(/Mayo Clinic App offers many of the same services/)
    expect(mayo?.description.es).toMatch(/ofrece muchos de los mismos servicios/)
  })

  it('has one row per item of the review', () => {
    expect(new Set(rows.map((row) => row.item)).size).toBe(rows.length)
    for (const row of rows) expect(row.keys.length, row.item).toBeGreaterThan(0)
    // Every key a row names is a string in the English resources (no typo hides a row).
    for (const row of rows)
      for (const key of row.keys)
        expect(typeof textOf(resources as Resources, 'en', key), key).toBe('string')
  })
})
