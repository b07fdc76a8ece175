import { useTranslation } from 'react-i18next'

/**
 * A calm note under the official page when the kiosk did not show part of it (a frame from a
 * site not on the portal's list, or a pop-up that posts a form). The page itself stays; the
 * note only points to staff help, in case the missing part was needed.
 */
export function PartBlockedNotice() {
  const { t } = useTranslation('shell')
  return (
    <p role="status" className="kiosk-notice">
      {t('partBlocked')}
    </p>
  )
}
