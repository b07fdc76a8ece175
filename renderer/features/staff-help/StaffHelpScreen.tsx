import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { useBridge } from '../../bridge/kiosk-bridge'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface StaffHelpScreenProps {
  readonly onClose: () => void
}

/**
 * A message big enough for staff to read from across the lobby, and what the patient can do.
 * Staff may not read the patient's language, so the message is repeated in English. Showing it
 * tells main the patient asked for help: a staff unlock during this session then turns assisted
 * mode on by itself (longer time-outs), so nobody has to remember the switch.
 */
export function StaffHelpScreen({ onClose }: StaffHelpScreenProps) {
  const { t, i18n } = useTranslation('staffHelp')
  const english = i18n.getFixedT('en', 'staffHelp')
  const bridge = useBridge()
  useEffect(() => {
    void bridge.requestStaffHelp()
  }, [bridge])
  return (
    <Screen title={t('title')}>
      <div role="status" className="kiosk-staff-message">
        <p>{t('forStaff')}</p>
        {!i18n.language.startsWith('en') && <p lang="en">{english('forStaff')}</p>}
      </div>
      <p className="kiosk-lead">{t('forPatient')}</p>
      <p>{t('moreTime')}</p>
      <p>{t('privacy')}</p>
      <StepActions onBack={onClose} backLabel={t('close')} />
    </Screen>
  )
}
