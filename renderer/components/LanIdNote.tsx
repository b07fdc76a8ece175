import { useTranslation } from 'react-i18next'

/**
 * "A page asking for a LAN ID is for employees." Shown only where a patient could meet such a
 * page (sign-in help, the blocked-page message), not on the first step, where it only puzzles.
 */
export function LanIdNote() {
  const { t } = useTranslation('ui')
  return (
    <p className="kiosk-notice" role="note">
      {t('lanIdNote')}
    </p>
  )
}
