import { useTranslation } from 'react-i18next'

import type { PublicConfig } from '../../../shared/config/public-config'
import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { frontDeskStatement } from '../../i18n/front-desk'

export interface CaregiverScreenProps {
  /** What the clinic states about its front desk (advice to ask when it states nothing). */
  readonly frontDesk?: PublicConfig['frontDesk']
  readonly eyebrow?: string
  /** The caregiver sets up an account of their own first (proxy access is attached to it). */
  readonly onOwnAccount: () => void
  /** A carer aged 13 to 17 cannot be a proxy, but can have a teen account of their own. */
  readonly onTeenPath: () => void
  readonly onStaffHelp: () => void
  readonly onBack: () => void
}

/** Proxy access: what it is, who may have it, how it is requested — and what to do now. */
export function CaregiverScreen({
  frontDesk = {},
  eyebrow,
  onOwnAccount,
  onTeenPath,
  onStaffHelp,
  onBack,
}: CaregiverScreenProps) {
  const { t } = useTranslation('accountHolder')
  return (
    <Screen title={t('caregiverInfo.title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('caregiverInfo.intro')}</p>
      <ul className="kiosk-list">
        <li>{t('caregiverInfo.notTheirLogin')}</li>
        <li>{t('caregiverInfo.authorized')}</li>
        <li>
          {t('caregiverInfo.adult')}{' '}
          <span className="kiosk-inline-action">
            {t('caregiverInfo.underAge')}{' '}
            <Button variant="secondary" onClick={onTeenPath}>
              {t('caregiverInfo.teenPath')}
            </Button>
          </span>
        </li>
        <li>{t(`caregiverInfo.staff.${frontDeskStatement(frontDesk, 'hasProxyRequestForms')}`)}</li>
      </ul>
      <div className="kiosk-row">
        <Button variant="secondary" onClick={onStaffHelp}>
          {t('caregiverInfo.askStaff')}
        </Button>
      </div>
      <p>{t('caregiverInfo.ownAccountFirst')}</p>
      {/* Back and the one way forward, on one row; asking staff sits with the words about it. */}
      <StepActions onBack={onBack}>
        <Button onClick={onOwnAccount}>{t('caregiverInfo.setUpMine')}</Button>
      </StepActions>
    </Screen>
  )
}
