/** The "not configured" screen: the kiosk is locked until its configuration file is fixed. */
export const configError = {
  title: 'This kiosk is not set up yet',
  language: 'Language',
  patients: 'Please see the front desk. This kiosk cannot be used right now.',
  staffHeading: 'For staff and IT',
  staffIntro:
    'The kiosk’s configuration file has mistakes, so the kiosk stays locked. Fix each problem below, save the file, then tap “Check the file again” (or restart the kiosk).',
  file: 'File',
  noFile: '(no file path)',
  fingerprint: 'SHA-256',
  problems_one: '{{count}} problem',
  problems_other: '{{count}} problems',
  recheck: 'Check the file again',
  checking: 'Checking the file…',
  stillBroken: 'The file still has problems.',
  loading: 'Reading the configuration…',
  unavailable: 'The configuration status could not be read. Restart the kiosk.',
} as const
