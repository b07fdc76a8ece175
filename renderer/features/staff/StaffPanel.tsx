import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { IpcResult } from '../../../shared/ipc/ipc-result'
import type { StaffStatus } from '../../../shared/ipc/staff-channels'
import type { LanguageCode } from '../../../shared/languages'
import { useBridge } from '../../bridge/kiosk-bridge'
import { Button } from '../../components/Button'
import { StaffLanguages } from './StaffLanguages'
import { StaffShellDetails } from './StaffShellDetails'
import { StaffSpeechDetails } from './StaffSpeechDetails'
import { StaffStatusDetails } from './StaffStatusDetails'
import { UnverifiedBanner } from './UnverifiedBanner'
import { StaffDialog } from './StaffDialog'

export interface StaffPanelProps {
  /** Closes the panel; main is told to lock (or already refused because it locked itself). */
  readonly onClose: () => void
  /** Told after "Reload configuration", so the header can show the new clinic name. */
  readonly onConfigReloaded?: () => void
  /** The languages patients are offered (with their review status and voice for "Listen"); unknown: not shown. */
  readonly languages?: readonly LanguageCode[]
}

type Message = { kind: 'done' | 'refused'; text: string } | null

/**
 * The staff panel: actions first (what staff come for), then status and today's counts. Every
 * action is decided by main, which refuses it unless staff are unlocked; when main says the
 * unlock has expired, the panel closes.
 */
export function StaffPanel({ onClose, onConfigReloaded, languages }: StaffPanelProps) {
  const { t } = useTranslation('staff')
  const bridge = useBridge()
  const [status, setStatus] = useState<StaffStatus | null>(null)
  const [message, setMessage] = useState<Message>(null)
  const [confirmExit, setConfirmExit] = useState(false)
  const [busy, setBusy] = useState(false)

  const close = useCallback(() => {
    void bridge.lockStaff()
    onClose()
  }, [bridge, onClose])

  const refresh = useCallback(async () => {
    const answer = await bridge.getStaffStatus()
    if (answer.ok) setStatus(answer.value)
    else onClose()
  }, [bridge, onClose])
  useEffect(() => {
    let live = true
    void bridge.getStaffStatus().then((answer) => {
      if (!live) return
      if (answer.ok) setStatus(answer.value)
      else onClose()
    })
    return () => {
      live = false
    }
  }, [bridge, onClose])

  /** Runs an action; a `staff-locked` refusal means the unlock expired, so the panel closes. */
  const act = async <T,>(call: () => Promise<IpcResult<T>>, done: (value: T) => string) => {
    setBusy(true)
    const answer = await call()
    setBusy(false)
    if (!answer.ok && answer.error.detail === 'staff-locked') return onClose()
    if (answer.ok) setMessage({ kind: 'done', text: done(answer.value) })
    else
      setMessage({
        kind: 'refused',
        text:
          answer.error.detail === 'no-session'
            ? t('panel.refused.noSession')
            : t('panel.refused.other'),
      })
    await refresh()
  }

  return (
    <StaffDialog
      titleId="staff-panel-title"
      title={t('panel.title')}
      titleEnd={
        <Button variant="secondary" onClick={close}>
          {t('panel.close')}
        </Button>
      }
      className="staff-dialog--panel"
      onClose={close}
    >
      <p className="kiosk-hint">{t('panel.closesSoon')}</p>

      <section aria-labelledby="staff-actions-heading" className="kiosk-stack">
        <h3 id="staff-actions-heading" className="staff-heading">
          {t('panel.actionsHeading')}
        </h3>
        <div className="kiosk-row">
          <Button
            variant="danger"
            disabled={busy}
            onClick={() =>
              void act(
                () => bridge.resetSessionByStaff(),
                () => t('panel.done.reset'),
              )
            }
          >
            {t('panel.resetNow')}
          </Button>
          {/* Says what it will do, with the state in words beside it (not a pressed toggle
                whose name would change under a screen reader). */}
          <div className="staff-assisted">
            <Button
              variant="secondary"
              disabled={busy || status === null}
              onClick={() => {
                const on = !(status?.assistedMode ?? false)
                void act(
                  () => bridge.setAssistedMode({ on }),
                  (value) =>
                    value.assistedMode ? t('panel.done.assistedOn') : t('panel.done.assistedOff'),
                )
              }}
            >
              {status?.assistedMode === true
                ? t('panel.assistedTurnOff')
                : t('panel.assistedTurnOn')}
            </Button>
            <p
              className={`staff-assisted__state staff-assisted__state--${status?.assistedMode === true ? 'on' : 'off'}`}
            >
              {status?.assistedMode === true
                ? t('panel.assistedStateOn')
                : t('panel.assistedStateOff')}
            </p>
          </div>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              void act(
                () => bridge.reloadConfig(),
                (value) => {
                  onConfigReloaded?.()
                  return value.state === 'ok'
                    ? t('panel.done.configOk')
                    : t('panel.done.configInvalid')
                },
              )
            }
          >
            {t('panel.reloadConfig')}
          </Button>
          {!confirmExit && (
            <Button variant="secondary" disabled={busy} onClick={() => setConfirmExit(true)}>
              {t('panel.exit')}
            </Button>
          )}
        </div>
        {confirmExit && (
          <div
            role="group"
            aria-labelledby="staff-exit-question"
            className="staff-confirm kiosk-stack"
          >
            <p id="staff-exit-question">{t('panel.exitQuestion')}</p>
            <div className="kiosk-row">
              <Button
                variant="danger"
                onClick={() =>
                  void act(
                    () => bridge.exitKiosk(),
                    () => t('panel.done.exiting'),
                  )
                }
              >
                {t('panel.exitConfirm')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirmExit(false)}>
                {t('panel.exitCancel')}
              </Button>
            </div>
          </div>
        )}
        <div role="status" className="staff-message">
          {message?.kind === 'done' ? message.text : ''}
        </div>
        {message?.kind === 'refused' && (
          <p role="alert" className="staff-alert">
            {message.text}
          </p>
        )}
      </section>

      {status === null ? (
        <p className="kiosk-hint">{t('panel.loading')}</p>
      ) : (
        <>
          <UnverifiedBanner items={status.config.unverified ?? []} />
          <StaffStatusDetails status={status} />
          {languages !== undefined && <StaffLanguages enabled={languages} />}
          {status.shell !== undefined && <StaffShellDetails shell={status.shell} />}
          <StaffSpeechDetails languages={languages ?? []} />
        </>
      )}
    </StaffDialog>
  )
}
