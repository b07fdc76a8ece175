import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { PatientDialog } from '../../components/PatientDialog'
import { announcementFor, useSecondsLeft } from './use-seconds-left'

export interface IdleWarningDialogProps {
  /** When the session will be erased (epoch ms, from main). */
  readonly warningEndsAt: number
  readonly extensionsLeft: number
  readonly onMoreTime: () => void
  readonly onEndNow: () => void
  readonly now?: () => number
}

/**
 * "Are you still there?" — an alert dialog over everything (the portal page is hidden while it
 * shows). Focus moves to the main action; the countdown is visible every second and announced
 * only at a few moments, so screen-reader users hear it without being flooded.
 */
export function IdleWarningDialog({
  warningEndsAt,
  extensionsLeft,
  onMoreTime,
  onEndNow,
  now,
}: IdleWarningDialogProps) {
  const { t } = useTranslation('idleWarning')
  const secondsLeft = useSecondsLeft(warningEndsAt, now)
  const [startedWith] = useState(secondsLeft)
  const dialog = useRef<HTMLDivElement>(null)
  const mark = announcementFor(secondsLeft, startedWith)

  useEffect(() => {
    const previous = document.activeElement
    // The first button is the main action: "more time", or "erase now" once none is left.
    dialog.current?.querySelector('button')?.focus()
    return () => {
      // Give focus back to where the patient was, if it still exists.
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
    }
  }, [])

  const canExtend = extensionsLeft > 0
  return (
    <PatientDialog
      role="alertdialog"
      layer="warning"
      labelledBy="idle-warning-title"
      describedBy="idle-warning-body"
      dialogRef={dialog}
    >
      <h2 id="idle-warning-title" className="kiosk-dialog__title">
        {t('title')}
      </h2>
      <p id="idle-warning-body" className="kiosk-lead">
        {t('body')}
      </p>
      <p className="idle-warning__countdown">{t('countdown', { count: secondsLeft })}</p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {mark === null ? '' : t('announce', { count: mark })}
      </p>
      <p className="kiosk-hint">
        {canExtend ? t('extensionsLeft', { count: extensionsLeft }) : t('noExtensions')}
      </p>
      <div className="kiosk-row">
        {canExtend && (
          <Button className="kiosk-button--hero" data-keypad="keep" onClick={onMoreTime}>
            {t('moreTime')}
          </Button>
        )}
        <Button variant="secondary" className="kiosk-button--hero" onClick={onEndNow}>
          {t('endNow')}
        </Button>
      </div>
    </PatientDialog>
  )
}
