/** Text used across screens. Spanish must have exactly the same keys (a test checks). */
export const common = {
  appName: 'Patient portal kiosk',
  previewBanner: 'Browser preview — not a kiosk. Nothing here is sent anywhere.',
  /** Section 1557: free language help must be offered in every language, in plain words. */
  languageHelp: 'Free language help is available. Ask at the front desk.',
  errors: {
    bridgeUnavailable: 'This kiosk is not working right now. Please see the front desk.',
  },
} as const
