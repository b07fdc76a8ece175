import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from './Button'

export interface StepActionsProps {
  /** Back to the previous step. Every step has one. */
  readonly onBack: () => void
  /** The way forward (usually a primary Button), if this step has one. */
  readonly children?: ReactNode
}

/** The row at the bottom of a step: Back on the left, the way forward on the right. */
export function StepActions({ onBack, children }: StepActionsProps) {
  const { t } = useTranslation('ui')
  return (
    <div className="kiosk-step-actions">
      <Button variant="secondary" data-keypad="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('back')}
      </Button>
      {children}
    </div>
  )
}
