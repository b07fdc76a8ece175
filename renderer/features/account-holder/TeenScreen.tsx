import { useTranslation } from 'react-i18next'

import type { PublicConfig } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { Button } from '../../components/Button'
import { frontDeskStatement } from '../../i18n/front-desk'
import { helpLine } from '../../i18n/help-line'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface TeenScreenProps {
  readonly support: PublicConfig['support']
  /** What the clinic states about its front desk (advice to ask when it states nothing). */
  readonly frontDesk?: PublicConfig['frontDesk']
  readonly language: LanguageCode
  readonly eyebrow?: string
  readonly onContinueWithCode: () => void
  readonly onStaffHelp: () => void
  readonly onBack: () => void
}

/** Teens 13–17: set up with a parent or guardian — here with staff, by phone, or with a code. */
export function TeenScreen({
  support,
  frontDesk = {},
  language,
  eyebrow,
  onContinueWithCode,
  onStaffHelp,
  onBack,
}: TeenScreenProps) {
  const { t } = useTranslation('accountHolder')
  const phone = { phone: helpLine(support, language) }
  return (
    <Screen title={t('teenInfo.title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('teenInfo.intro')}</p>
      <p>{t('teenInfo.parentView')}</p>
      <h2 className="kiosk-subtitle">{t('teenInfo.waysHeading')}</h2>
      <ul className="kiosk-list">
        <li>{t(`teenInfo.staff.${frontDeskStatement(frontDesk, 'helpsSetUpTeenAccounts')}`)}</li>
        <li>
          {support.teenPhoneOption === undefined
            ? t('teenInfo.phone', phone)
            : t('teenInfo.phoneWithOption', { ...phone, option: support.teenPhoneOption })}
        </li>
        <li>{t('teenInfo.withCode')}</li>
      </ul>
      {/* The other way on sits with the words about it; the bar keeps Back and the one way
          forward, on one row. */}
      <div className="kiosk-row">
        <Button variant="secondary" onClick={onStaffHelp}>
          {t('teenInfo.askStaff')}
        </Button>
      </div>
      <StepActions onBack={onBack}>
        <Button onClick={onContinueWithCode}>{t('teenInfo.continueWithCode')}</Button>
      </StepActions>
    </Screen>
  )
}
