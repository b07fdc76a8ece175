import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft } from 'lucide-react'

import { InActionBar } from './action-bar-slot'
import { Button } from './Button'

export interface StepActionsProps {
  /** Back to the previous step (or, on Help and the other overlays, to the step under them). */
  readonly onBack?: () => void
  /** What Back says where it is not the previous step, e.g. "Back to where I was" on Help. */
  readonly backLabel?: string
  /** The way forward (usually a primary Button), if this step has one. */
  readonly children?: ReactNode
  /**
   * In Back's place on a screen without Back (the last screen): what must stay in view, such as
   * its countdown and "I need more time".
   */
  readonly start?: ReactNode
}

/**
 * The step's actions, rendered into the shell's fixed bottom bar: Back on the left, the way
 * forward on the right, in the same place on every screen (a way back out of Help is Back too,
 * on the left, never in the forward place).
 */
export function StepActions({ onBack, backLabel, start, children }: StepActionsProps) {
  const { t } = useTranslation('ui')
  return (
    <InActionBar>
      <div className="kiosk-step-actions">
        {onBack !== undefined ? (
          <Button variant="secondary" data-keypad="back" onClick={onBack}>
            <ArrowLeft aria-hidden="true" className="kiosk-icon kiosk-icon--directional" />{' '}
            {backLabel ?? t('back')}
          </Button>
        ) : (
          (start ?? <span />)
        )}
        {children !== undefined && <div className="kiosk-step-actions__forward">{children}</div>}
      </div>
    </InActionBar>
  )
}
