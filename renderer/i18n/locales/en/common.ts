/** Text used across screens. Spanish must have exactly the same keys (a test checks). */
export const common = {
  appName: 'Patient portal kiosk',
  previewBanner: 'Browser preview — not a kiosk. Nothing here is sent anywhere.',
  /** Section 1557: patients are told, in their language, that an interpreter is free. */
  languageHelp: 'Free language help is available. Ask at the front desk.',
  errors: {
    bridgeUnavailable: 'This kiosk is not working right now. Please see the front desk.',
  },
} as const
