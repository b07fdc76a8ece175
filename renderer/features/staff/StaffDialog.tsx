import { useRef, type ReactNode } from 'react'

import { useFocusTrap } from '../../components/use-focus-trap'
import { useIdleClose } from './use-idle-close'

export interface StaffDialogProps {
  readonly titleId: string
  readonly title: string
  /** Beside the title (the panel's Close): the title row then wraps both. */
  readonly titleEnd?: ReactNode
  readonly describedBy?: string
  /** Extra classes for the dialog box (its width: `staff-dialog--pin`, `--panel`, …). */
  readonly className?: string
  /** Escape, and a minute without a touch or key inside: staff must never leave it open. */
  readonly onClose: () => void
  readonly children: ReactNode
}

/**
 * The frame every staff dialog shares (PIN pad, staff panel, configuration problems): a modal
 * over the kiosk whose focus starts on the title (so a screen reader says which dialog opened
 * before anything inside it), stays inside until it closes, and which closes by itself when
 * left idle.
 */
export function StaffDialog({
  titleId,
  title,
  titleEnd,
  describedBy,
  className,
  onClose,
  children,
}: StaffDialogProps) {
  const dialog = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusTrap(dialog, onClose, heading)
  useIdleClose(dialog, onClose)
  const titleElement = (
    <h2 id={titleId} ref={heading} tabIndex={-1} className="kiosk-subtitle">
      {title}
    </h2>
  )
  return (
    <div className="staff-overlay">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={className === undefined ? 'staff-dialog' : `staff-dialog ${className}`}
      >
        {titleEnd === undefined ? (
          titleElement
        ) : (
          <div className="staff-title-row">
            {titleElement}
            {titleEnd}
          </div>
        )}
        {children}
      </div>
    </div>
  )
}
