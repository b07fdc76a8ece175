import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { StaffAccessView, UnlockResultView } from '../../../shared/ipc/staff-channels'
import { useBridge } from '../../bridge/kiosk-bridge'
import { Button } from '../../components/Button'
import { StaffDialog } from './StaffDialog'
import { formatTime as formatClockTime } from '../../i18n/format'

const MAX_DIGITS = 12
const MIN_DIGITS = 4
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

export interface PinPadProps {
  /** What main said before the pad opened (disabled and locked-out show a message instead). */
  readonly access: StaffAccessView
  readonly onUnlocked: () => void
  readonly onClose: () => void
}

type Notice = { kind: 'result'; result: UnlockResultView } | { kind: 'failed' } | null

/**
 * The staff PIN pad: large on-screen digits, the PIN shown only as dots, Clear and Back. The
 * PIN lives in this component's state until it is sent to main, and is dropped right after.
 */
export function PinPad({ access, onUnlocked, onClose }: PinPadProps) {
  const { t, i18n } = useTranslation('staff')
  const bridge = useBridge()
  const [pin, setPin] = useState('')
  const [checking, setChecking] = useState(false)
  const [notice, setNotice] = useState<Notice>(() =>
    access.access === 'disabled'
      ? { kind: 'result', result: { result: 'disabled' } }
      : access.access === 'locked-out'
        ? {
            kind: 'result',
            result: { result: 'locked-out', lockedOutUntil: access.lockedOutUntil },
          }
        : null,
  )

  const blocked =
    notice?.kind === 'result' &&
    (notice.result.result === 'disabled' || notice.result.result === 'locked-out')

  const press = useCallback((digit: string) => {
    setPin((current) => (current.length >= MAX_DIGITS ? current : current + digit))
  }, [])
  const back = useCallback(() => setPin((current) => current.slice(0, -1)), [])

  const submit = useCallback(async () => {
    if (pin.length < MIN_DIGITS || checking) return
    setChecking(true)
    const answer = await bridge.unlockStaff({ pin })
    setPin('')
    setChecking(false)
    if (!answer.ok) return setNotice({ kind: 'failed' })
    if (answer.value.result === 'unlocked') return onUnlocked()
    setNotice({ kind: 'result', result: answer.value })
  }, [bridge, checking, onUnlocked, pin])

  // A physical keyboard works too (digits, Backspace, Enter), for staff at a desk.
  useEffect(() => {
    if (blocked) return
    const onKey = (event: KeyboardEvent) => {
      if (/^[0-9]$/.test(event.key)) press(event.key)
      else if (event.key === 'Backspace') back()
      else if (event.key === 'Enter' && submitsOnEnter(event.target)) {
        // Enter on a digit key would press that digit again: it means "unlock" here.
        event.preventDefault()
        void submit()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [back, blocked, press, submit])

  const formatTime = (epoch: number) => formatClockTime(epoch, i18n.language)

  return (
    <StaffDialog
      titleId="staff-pin-title"
      title={t('pin.title')}
      describedBy="staff-pin-intro"
      className="staff-dialog--pin"
      onClose={onClose}
    >
      {!blocked && (
        <p id="staff-pin-intro" className="kiosk-hint">
          {t('pin.intro')}
        </p>
      )}
      {notice !== null && (
        <p role="alert" className="staff-alert" id={blocked ? 'staff-pin-intro' : undefined}>
          {noticeText(notice, t, formatTime)}
        </p>
      )}
      {blocked ? (
        <Button variant="secondary" onClick={onClose}>
          {t('pin.close')}
        </Button>
      ) : (
        <>
          <div className="staff-pin-display" aria-hidden="true">
            {pin.length === 0 ? '\u00a0' : '●'.repeat(pin.length)}
          </div>
          <p role="status" className="visually-hidden">
            {checking ? t('pin.checking') : t('pin.entered', { count: pin.length })}
          </p>
          <div className="staff-pin-grid">
            {KEYS.map((digit) => (
              <Button
                key={digit}
                variant="secondary"
                data-digit={digit}
                onClick={() => press(digit)}
                aria-label={t('pin.digit', { digit })}
              >
                {digit}
              </Button>
            ))}
            <Button variant="secondary" onClick={() => setPin('')}>
              {t('pin.clear')}
            </Button>
            <Button
              variant="secondary"
              data-digit="0"
              onClick={() => press('0')}
              aria-label={t('pin.digit', { digit: '0' })}
            >
              0
            </Button>
            <Button variant="secondary" onClick={back} aria-label={t('pin.back')}>
              ⌫
            </Button>
          </div>
          <div className="kiosk-row">
            <Button onClick={() => void submit()} disabled={pin.length < MIN_DIGITS || checking}>
              {checking ? t('pin.checking') : t('pin.unlock')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('pin.cancel')}
            </Button>
          </div>
        </>
      )}
    </StaffDialog>
  )
}

function submitsOnEnter(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true
  return target.dataset['digit'] !== undefined || target.tagName !== 'BUTTON'
}

function noticeText(
  notice: Exclude<Notice, null>,
  t: ReturnType<typeof useTranslation<'staff'>>['t'],
  formatTime: (epoch: number) => string,
): string {
  if (notice.kind === 'failed') return t('pin.failed')
  const { result } = notice
  switch (result.result) {
    case 'wrong-pin':
      return t('pin.wrong', { count: result.attemptsLeft })
    case 'locked-out':
      return t('pin.lockedOut', { time: formatTime(result.lockedOutUntil) })
    case 'disabled':
      return t('pin.disabled')
    case 'busy':
      return t('pin.busy')
    case 'unlocked':
      return ''
  }
}
