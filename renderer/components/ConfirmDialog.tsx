import { useCallback, useEffect, useId, useRef } from 'react'

import { Button } from './Button'
import { useFocusTrap } from './use-focus-trap'

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
  const dialog = useRef<HTMLDivElement>(null)
  // A stable Escape handler, so the trap is set up once per opening (a parent re-render must not
  // move focus out and back in).
  const keepLatest = useRef(onKeep)
  useEffect(() => {
    keepLatest.current = onKeep
  }, [onKeep])
  const onEscape = useCallback(() => keepLatest.current(), [])
  // The keep button comes first, so the trap focuses it.
  useFocusTrap(dialog, onEscape)
  return (
    <div className="kiosk-confirm__backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="kiosk-confirm"
      >
        <h2 id={`${id}-title`} className="kiosk-confirm__title">
          {title}
        </h2>
        <p id={`${id}-body`} className="kiosk-lead">
          {body}
        </p>
        <div className="kiosk-confirm__actions">
          <Button className="kiosk-button--hero" onClick={onKeep}>
            {keepLabel}
          </Button>
          <Button variant="secondary" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </div>
  )
}
