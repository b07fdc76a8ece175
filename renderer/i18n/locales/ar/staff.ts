import { staff as english } from '../en/staff'
import type { Translation } from '../../translation'

// Not translated on purpose: the staff panel and PIN pad follow `staff.language` in the
// configuration, which must be a reviewed language (shared/config/kiosk-config.ts). Staff act
// on these words (settings, problems, the wipe), so they are never machine-drafted. This
// namespace is English so the Arabic bundle is complete for the type check — except the
// header's fallback name, which patients see above the "not set up" screen.
export const staff: Translation<typeof english> = {
  ...english,
  header: { fallbackName: 'كشك بوابة المرضى' },
}
