import { useCallback, useEffect, useRef, type ReactNode, type RefObject } from 'react'

import { useFocusTrap } from './use-focus-trap'

export interface PatientDialogProps {
  /** `alertdialog` for a question that interrupts (erase?, still there?), else `dialog`. */
  readonly role?: 'dialog' | 'alertdialog'
  /**
   * `question`: a tinted layer over the step (above the keyboard dock). `warning`: the idle
   * warning, over everything and opaque, so the next person in line cannot read the patient's
   * answers behind it.
   */
  readonly layer?: 'question' | 'warning'
  readonly labelledBy: string
  readonly describedBy?: string
  /**
   * Escape (and the keypad's Back, which sends Escape) calls this, and focus is trapped inside
   * while the dialog is open. Without it the dialog manages focus itself (the idle warning,
   * whose step underneath is inert).
   */
  readonly onEscape?: () => void
  readonly dialogRef?: RefObject<HTMLDivElement | null>
  readonly children: ReactNode
}

/**
 * The frame every patient-facing dialog shares (erase confirmation, text size, idle warning):
 * one look (PatientDialog.css), one modal contract. The content is the caller's.
 */
export function PatientDialog({
  role = 'dialog',
  layer = 'question',
  labelledBy,
  describedBy,
  onEscape,
  dialogRef,
  children,
}: PatientDialogProps) {
  const ownRef = useRef<HTMLDivElement>(null)
  const dialog = dialogRef ?? ownRef
  return (
    <div
      className={`kiosk-dialog__backdrop${layer === 'warning' ? ' kiosk-dialog__backdrop--warning' : ''}`}
    >
      <div
        ref={dialog}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className="kiosk-dialog"
      >
        {onEscape !== undefined && <FocusTrap dialog={dialog} onEscape={onEscape} />}
        {children}
      </div>
    </div>
  )
}

/** The trap as a child, so a dialog without `onEscape` has none (hooks cannot be conditional). */
function FocusTrap({
  dialog,
  onEscape,
}: {
  readonly dialog: RefObject<HTMLDivElement | null>
  readonly onEscape: () => void
}) {
  // A stable Escape handler, so the trap is set up once per opening: a parent re-render (a new
  // `onEscape` each time) must not move focus out and back in.
  const latest = useRef(onEscape)
  useEffect(() => {
    latest.current = onEscape
  }, [onEscape])
  const stable = useCallback(() => latest.current(), [])
  useFocusTrap(dialog, stable)
  return null
}
