import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'

export interface PatientFlowProps {
  readonly onDone: () => void
}

/**
 * The patient's guided steps. The foundation ships only the way out ("I'm done"); the portal
 * choice, account questions, activation form and hand-off are built on top of this.
 */
export function PatientFlow({ onDone }: PatientFlowProps) {
  const { t } = useTranslation('session')
  return (
    <Screen title={t('started')}>
      <Button variant="danger" className="kiosk-button--hero" onClick={onDone}>
        {t('imDone')}
      </Button>
    </Screen>
  )
}
