import { parseConfig, type KioskConfig, type KioskConfigInput } from './kiosk-config'

// parseConfig and defaultConfig come from this one module (the loader and the preview use both).
export { parseConfig }

/**
 * The embedded default, used when no configuration file exists: the two portals from the
 * product's source guide. Addresses and hours seen in public material but not confirmed on an
 * official page carry `verify`, which the staff panel and `npm run check-config` list until IT
 * confirms them. The activation-code shape is left at its default (Epic practice, 3 × 5).
 * Do not add `patientportal.mayoclinic.org` (reported to fail TLS) or any look-alike domain.
 */
export const defaultConfigInput: KioskConfigInput = {
  clinicName: 'Mayo Clinic',
  languages: { enabled: ['en', 'es'], default: 'en' },
  timing: {
    idleSeconds: 90,
    warningSeconds: 30,
    maxExtensions: 10,
    assistedIdleSeconds: 300,
    assistedWarningSeconds: 60,
  },
  portals: [
    {
      id: 'mayo-clinic',
      name: { en: 'Mayo Clinic', es: 'Mayo Clinic' },
      description: {
        en: 'Patient Online Services, for care at Mayo Clinic. On phones, the Mayo Clinic App offers many of the same services.',
        es: 'Patient Online Services, para la atención en Mayo Clinic. En el teléfono, la aplicación Mayo Clinic App ofrece muchos de los mismos servicios.',
      },
      signUpUrl: 'https://onlineservices.mayoclinic.org/patientportal',
      signInUrl: 'https://onlineservices.mayoclinic.org/patientportal',
      allowedOrigins: ['https://onlineservices.mayoclinic.org'],
      verify: true,
    },
    {
      id: 'mayo-clinic-health-system',
      name: { en: 'Mayo Clinic Health System', es: 'Mayo Clinic Health System' },
      description: {
        en: 'Patient Online Services by Mayo Clinic Health System, for local clinics and hospitals in Minnesota, Wisconsin and Iowa.',
        es: 'Patient Online Services by Mayo Clinic Health System, para clínicas y hospitales locales de Minnesota, Wisconsin e Iowa.',
      },
      signUpUrl: 'https://www.mayoclinichealthsystem.org/patient-online-services',
      signInUrl: 'https://www.mayoclinichealthsystem.org/patient-online-services',
      // An information page about the portal, with links to sign in and sign up.
      addressKind: 'information-page',
      allowedOrigins: [
        'https://www.mayoclinichealthsystem.org',
        'https://onlineservices.mayoclinic.org',
      ],
      verify: true,
    },
  ],
  support: {
    phone: '1-877-858-0398',
    hours: {
      en: '8 a.m. to 5 p.m. Central Time',
      es: 'De 8 a. m. a 5 p. m., hora del centro',
    },
    teenPhoneOption: '5',
    // The number is on the official Health System page; the hours differ between copies and the
    // menu option is unconfirmed, so neither is shown to patients until IT confirms them.
    verify: ['hours', 'teenPhoneOption'],
  },
  // What the front desk does is each clinic's own to state. These are common practice (staff
  // help without a code, proxy request forms, teen accounts set up with a parent at a Health
  // System location), not confirmed for any desk: patients are advised to ask until IT confirms.
  frontDesk: {
    issuesActivationCodes: true,
    hasProxyRequestForms: true,
    helpsSetUpTeenAccounts: true,
    verify: true,
  },
  staff: { pinHash: null },
  logRetentionDays: 30,
}

function parseDefault(): KioskConfig {
  const result = parseConfig(defaultConfigInput)
  if (!result.ok)
    throw new Error(
      `the embedded default configuration is invalid: ${JSON.stringify(result.problems)}`,
    )
  return result.config
}

/** The embedded default, parsed by the same schema as any clinic's file. */
export const defaultConfig: KioskConfig = parseDefault()
