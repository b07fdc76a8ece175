/**
 * The "not configured" details for staff and IT (in the staff language), opened by the staff
 * gesture on the locked kiosk. Patients see the calm sign (`session:status.out-of-order`).
 */
export const configError = {
  staffHeading: 'This kiosk is not set up yet',
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
  close: 'Close',
} as const
