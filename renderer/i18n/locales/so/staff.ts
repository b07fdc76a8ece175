import { staff as english } from '../en/staff'
import type { Translation } from '../../translation'

/**
 * The staff screens (PIN pad, panel) are for staff, not patients, and are not machine-translated:
 * a kiosk whose staff language is this one shows them in English, never as raw keys. Only the
 * header's fallback name is translated: patients see it, in their language, above the "not set
 * up" screen (StaffMode renders it with the patient's strings).
 */
export const staff: Translation<typeof english> = {
  ...english,
  header: { fallbackName: 'Mashiinka portal-ka bukaanka' },
}
