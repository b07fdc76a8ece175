import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface PortalFeaturesScreenProps {
  readonly eyebrow?: string
  /** As a step: the way on. Absent when opened from Help (then `onClose`). */
  readonly onContinue?: () => void
  readonly onBack?: () => void
  readonly onClose?: () => void
}

/** The topics, in the order a patient is likely to care about them. */
const topics = [
  'health',
  'appointments',
  'messages',
  'video',
  'bills',
  'preferences',
  'refills',
  'apps',
] as const

/**
 * "What you can do online": what the portal is for, in plain words, before the official page
 * opens. Reachable again from Help. It promises nothing specific to a location: features vary.
 */
export function PortalFeaturesScreen({
  eyebrow,
  onContinue,
  onBack,
  onClose,
}: PortalFeaturesScreenProps) {
  const { t } = useTranslation('portalFeatures')
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('intro')}</p>
      <ul className="kiosk-list kiosk-list--tips">
        {topics.map((topic) => (
          <li key={topic}>
            <strong>{t(`topics.${topic}.title`)}</strong> {t(`topics.${topic}.body`)}
          </li>
        ))}
      </ul>
      <p className="kiosk-notice" role="note">
        {t('varies')}
      </p>
      <p>{t('medical')}</p>
      {onBack !== undefined && onContinue !== undefined && (
        <StepActions onBack={onBack}>
          <Button onClick={onContinue}>{t('continue')}</Button>
        </StepActions>
      )}
      {onClose !== undefined && <StepActions onBack={onClose} backLabel={t('close')} />}
    </Screen>
  )
}
