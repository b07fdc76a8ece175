import { useId } from 'react'

import { Button } from './Button'
import { PatientDialog } from './PatientDialog'

export interface ConfirmDialogProps {
  readonly title: string
  readonly body: string
  /** The safe choice (nothing is erased): the big primary button, focused first. */
  readonly keepLabel: string
  /** The erasing choice: smaller, secondary, never first. */
  readonly confirmLabel: string
  readonly onKeep: () => void
  readonly onConfirm: () => void
}

/**
 * "Are you sure?" before anything that erases a patient's work. One tap either way; the safe
 * choice is the big button and has focus, Escape means "keep going", and focus stays inside the
 * dialog until it closes (then returns to the control that opened it). The layer behind it is
 * opaque enough to show this is a question, not a new step.
 */
export function ConfirmDialog({
  title,
  body,
  keepLabel,
  confirmLabel,
  onKeep,
  onConfirm,
}: ConfirmDialogProps) {
  const id = useId()
  // The keep button comes first, so the trap focuses it.
  return (
    <PatientDialog
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-body`}
      onEscape={onKeep}
    >
      <h2 id={`${id}-title`} className="kiosk-dialog__title">
        {title}
      </h2>
      <p id={`${id}-body`} className="kiosk-lead">
        {body}
      </p>
      <div className="kiosk-dialog__actions">
        <Button className="kiosk-button--hero" onClick={onKeep}>
          {keepLabel}
        </Button>
        <Button variant="secondary" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </PatientDialog>
  )
}
