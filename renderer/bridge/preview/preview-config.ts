import { defaultConfigInput, parseConfig } from '../../../shared/config/default-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { languages, supportedLanguages, type LanguageCode } from '../../../shared/languages'
import type { ConfigStatusView } from '../../../shared/ipc/config-channels'
import { ipcFail, ipcOk } from '../../../shared/ipc/ipc-result'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import type { SessionView } from '../../../shared/ipc/session-channels'
import { sampleLogoImage, sampleLogoSetting } from './preview-logo'

/**
 * The preview's configuration: the embedded default, or — with `?config=broken` in the address —
 * a deliberately broken sample fed through the real `parseConfig`, so the "not configured"
 * screen can be seen and tested in a browser. Only the preview reads the query string.
 */
export interface PreviewConfig {
  status(): ConfigStatusView
  /** The configuration the preview runs on (null while the broken sample locks it). */
  config(): KioskConfig | null
  /** `?logo=demo`: the sample logo's image, as main would send a configured one. */
  logo(): ReturnType<typeof sampleLogoImage> | undefined
}

/**
 * `?prefill=demo`: a demo profile that exists only in the preview bridge. Both portals name
 * stand-in form fields, so the pre-fill variant of step 4 (the full details form) can be seen
 * and tested in a browser. The embedded default has no pre-fill, so the main path asks for the
 * activation code only.
 */
export function prefillDemoConfig(base: unknown = defaultConfigInput): unknown {
  const sample = structuredClone(base) as Record<string, unknown>
  for (const portal of sample['portals'] as Record<string, unknown>[]) {
    portal['prefillSelectors'] = {
      activationCode: '#demo-activation-code',
      firstName: '#demo-first-name',
      lastName: '#demo-last-name',
      dateOfBirth: '#demo-date-of-birth',
      email: '#demo-email',
      mayoClinicNumber: '#demo-mayo-clinic-number',
    }
  }
  return sample
}

export const BROKEN_SAMPLE_PATH = 'preview-samples/broken.kiosk.config.json'

/** Three typical mistakes: a plain-http address, a time-out that is too short, a typo. */
export function brokenSampleConfig(): unknown {
  const sample = structuredClone(defaultConfigInput) as Record<string, unknown>
  const portals = sample['portals'] as Record<string, unknown>[]
  const first = portals[0]
  if (first !== undefined) first['signUpUrl'] = 'http://onlineservices.mayoclinic.org/patientportal'
  sample['timing'] = { idleSeconds: 10, warningSeconds: 30 }
  sample['clinicNmae'] = 'Typo'
  return sample
}

export const ARABIC_UNREVIEWED_SAMPLE_PATH = 'preview-samples/arabic-unreviewed.kiosk.config.json'

type ClinicTexts = {
  readonly portals: Readonly<Record<string, { name: string; description: string }>>
  readonly hours: string
}

/**
 * A sample clinic's own texts (portal names and descriptions, support hours) in each language
 * English and Spanish lack in the embedded default. A clinic must write these for every language
 * it enables, so a language added to the registry must be added here before the preview can
 * offer it. Machine-drafted, like those languages' strings.
 */
const sampleClinicTexts: Readonly<Record<Exclude<LanguageCode, 'en' | 'es'>, ClinicTexts>> = {
  so: {
    portals: {
      'mayo-clinic': {
        name: 'Mayo Clinic',
        description:
          'Patient Online Services, daryeelka Mayo Clinic. Mayo Clinic App-ka taleefanka wuxuu isticmaalaa isla akoonkan.',
      },
      'mayo-clinic-health-system': {
        name: 'Mayo Clinic Health System',
        description:
          'Patient Online Services by Mayo Clinic Health System, rugaha caafimaadka iyo isbitaalada deegaanka ee Minnesota, Wisconsin iyo Iowa.',
      },
    },
    hours: '8 subaxnimo ilaa 5 galabnimo, waqtiga Bartamaha (Central)',
  },
  hmn: {
    portals: {
      'mayo-clinic': {
        name: 'Mayo Clinic',
        description:
          'Patient Online Services, rau kev kho mob ntawm Mayo Clinic. Mayo Clinic App hauv xov tooj siv tib tus account.',
      },
      'mayo-clinic-health-system': {
        name: 'Mayo Clinic Health System',
        description:
          'Patient Online Services by Mayo Clinic Health System, rau cov tsev kho mob hauv zos hauv Minnesota, Wisconsin thiab Iowa.',
      },
    },
    hours: '8 teev sawv ntxov txog 5 teev tsaus ntuj, raws li lub sijhawm Central',
  },
  ar: {
    portals: {
      'mayo-clinic': {
        name: 'Mayo Clinic',
        description:
          'Patient Online Services، للرعاية في Mayo Clinic. يستخدم تطبيق Mayo Clinic App على الهاتف الحساب نفسه.',
      },
      'mayo-clinic-health-system': {
        name: 'Mayo Clinic Health System',
        description:
          'Patient Online Services by Mayo Clinic Health System، للعيادات والمستشفيات المحلية في مينيسوتا وويسكونسن وآيوا.',
      },
    },
    hours: 'من 8 صباحًا إلى 5 مساءً بالتوقيت المركزي',
  },
}

/**
 * The embedded default with `enabled` languages offered, each language's clinic texts added, and
 * the machine-drafted ones opted in through `languages.allowPendingReview` when `optIn`.
 */
function sampleConfigWith(enabled: readonly LanguageCode[], optIn: boolean): unknown {
  const sample = structuredClone(defaultConfigInput) as Record<string, unknown>
  const pending = enabled.filter((language) => languages[language].review === 'pending')
  sample['languages'] = {
    enabled: [...enabled],
    default: 'en',
    ...(optIn ? { allowPendingReview: pending } : {}),
  }
  const portals = sample['portals'] as Record<string, Record<string, string>>[]
  const support = sample['support'] as Record<string, Record<string, string>>
  for (const language of enabled) {
    if (language === 'en' || language === 'es') continue
    const texts = sampleClinicTexts[language]
    for (const portal of portals) {
      const text = texts.portals[portal['id'] as unknown as string]
      if (text === undefined || portal['name'] === undefined || portal['description'] === undefined)
        continue
      portal['name'][language] = text.name
      portal['description'][language] = text.description
    }
    if (support['hours'] !== undefined) support['hours'][language] = texts.hours
  }
  return sample
}

/**
 * `?languages=ar`: English, Spanish and Arabic, with the clinic's own texts in Arabic and Arabic
 * opted in through `languages.allowPendingReview` (its strings are machine-drafted, pending
 * review). `?languages=ar-unreviewed`: the same file without the opt-in, which the real
 * `parseConfig` refuses, so the locked "not configured" screen shows the problem.
 */
export function arabicSampleConfig(optIn: boolean): unknown {
  return sampleConfigWith(['en', 'es', 'ar'], optIn)
}

/**
 * `?languages=all`: every language in the registry, the machine-drafted ones opted in (the axe
 * walk and the speech e2e go through every language with it).
 */
function allLanguagesSampleConfig(): unknown {
  return sampleConfigWith(supportedLanguages, true)
}

function sampleFor(query: URLSearchParams): { input: unknown; path: string } {
  if (query.get('config') === 'broken')
    return { input: brokenSampleConfig(), path: BROKEN_SAMPLE_PATH }
  const offered = query.get('languages')
  if (offered === 'ar' || offered === 'ar-unreviewed')
    return { input: arabicSampleConfig(offered === 'ar'), path: ARABIC_UNREVIEWED_SAMPLE_PATH }
  // `?languages=all&prefill=demo`: the full details form in every language.
  const base = offered === 'all' ? allLanguagesSampleConfig() : defaultConfigInput
  return {
    input: query.get('prefill') === 'demo' ? prefillDemoConfig(base) : base,
    path: BROKEN_SAMPLE_PATH,
  }
}

export function createPreviewConfig(search: string): PreviewConfig {
  const query = new URLSearchParams(search)
  const sample = sampleFor(query)
  // `?logo=demo`: the sample logo, through the same checks main applies to a clinic's file.
  const withLogo = query.get('logo') === 'demo' && query.get('config') !== 'broken'
  const parsed = parseConfig(
    withLogo ? { ...(sample.input as object), clinicLogo: sampleLogoSetting } : sample.input,
  )
  const status: ConfigStatusView = parsed.ok
    ? {
        state: 'ok',
        source: { kind: 'embedded' },
        problems: [],
        unverified: unverifiedItems(parsed.config),
      }
    : {
        state: 'invalid',
        source: { kind: 'argument', path: sample.path },
        problems: parsed.problems.map((problem) => ({ ...problem })),
      }
  const config = parsed.ok ? parsed.config : null
  const logo = config?.clinicLogo === undefined ? undefined : sampleLogoImage()
  return { status: () => status, config: () => config, logo: () => logo }
}

/**
 * Applies the preview configuration to a preview bridge the way main's gate does: while the
 * configuration is invalid the session reads `config-error`, cannot start, and the public
 * configuration is refused (no fallback to the default).
 */
export function gateOnPreviewConfig(bridge: KioskBridge, config: PreviewConfig): KioskBridge {
  const invalid = () => config.status().state === 'invalid'
  const gate = (view: SessionView): SessionView =>
    invalid() ? { phase: 'config-error', generation: view.generation } : view
  return {
    ...bridge,
    getPublicConfig: async (request) =>
      invalid() ? ipcFail('rejected', 'not-configured') : bridge.getPublicConfig(request),
    getSessionState: async (request) => {
      const result = await bridge.getSessionState(request)
      return result.ok ? ipcOk(gate(result.value)) : result
    },
    startSession: async (request) => {
      if (!invalid()) return bridge.startSession(request)
      const current = await bridge.getSessionState()
      return current.ok ? ipcOk(gate(current.value)) : current
    },
    onSessionState: (listener) => bridge.onSessionState((view) => listener(gate(view))),
  }
}

/** `config:get-status` and `config:recheck` as main answers them. */
export function previewConfigMethods(
  config: PreviewConfig,
): Pick<KioskBridge, 'getConfigStatus' | 'recheckConfig'> {
  return {
    getConfigStatus: () => Promise.resolve(ipcOk(config.status())),
    // The sample never changes, so checking again finds the same problems.
    recheckConfig: () =>
      Promise.resolve(
        config.status().state === 'invalid'
          ? ipcOk(config.status())
          : ipcFail('rejected', 'config-ok'),
      ),
  }
}
