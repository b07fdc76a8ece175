import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft } from 'lucide-react'

import { InActionBar } from './action-bar-slot'
import { Button } from './Button'

export interface StepActionsProps {
  /** Back to the previous step. Every step has one; Help and the last screen do not. */
  readonly onBack?: () => void
  /** The way forward (usually a primary Button), if this step has one. */
  readonly children?: ReactNode
}

/**
 * The step's actions, rendered into the shell's fixed bottom bar: Back on the left, the way
 * forward on the right, in the same place on every step.
 */
export function StepActions({ onBack, children }: StepActionsProps) {
  const { t } = useTranslation('ui')
  return (
    <InActionBar>
      <div className="kiosk-step-actions">
        {onBack !== undefined ? (
          <Button variant="secondary" data-keypad="back" onClick={onBack}>
            <ArrowLeft aria-hidden="true" className="kiosk-icon kiosk-icon--directional" />{' '}
            {t('back')}
          </Button>
        ) : (
          <span />
        )}
        {children !== undefined && <div className="kiosk-step-actions__forward">{children}</div>}
      </div>
    </InActionBar>
  )
}
