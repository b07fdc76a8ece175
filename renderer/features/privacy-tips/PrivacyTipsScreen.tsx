import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface PrivacyTipsScreenProps {
  readonly eyebrow?: string
  readonly onContinue: () => void
  /** IT has not confirmed the portal's address (`verify`): the button does not say "official". */
  readonly unverified?: boolean
  /** "Finish on your own phone instead" (the guide prefers a personal device). */
  readonly onOwnPhone?: () => void
  readonly onBack: () => void
}

const tips = [
  'password',
  'passcode',
  'neverShare',
  'officialOnly',
  'imDone',
  'apps',
  'ownDevice',
] as const

/** Step 5: the security basics, read before the official page opens. */
export function PrivacyTipsScreen({
  eyebrow,
  onContinue,
  unverified = false,
  onOwnPhone,
  onBack,
}: PrivacyTipsScreenProps) {
  const { t } = useTranslation('privacyTips')
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('intro')}</p>
      <ul className="kiosk-list kiosk-list--tips">
        {tips.map((tip) => (
          <li key={tip}>
            <strong>{t(`tips.${tip}.title`)}</strong> {t(`tips.${tip}.body`)}
          </li>
        ))}
      </ul>
      {onOwnPhone !== undefined && (
        <div className="kiosk-stack">
          <p>{t('ownPhone.body')}</p>
          <Button variant="secondary" onClick={onOwnPhone}>
            {t('ownPhone.button')}
          </Button>
        </div>
      )}
      <StepActions onBack={onBack}>
        <Button onClick={onContinue}>{unverified ? t('continue') : t('continueOfficial')}</Button>
      </StepActions>
    </Screen>
  )
}
