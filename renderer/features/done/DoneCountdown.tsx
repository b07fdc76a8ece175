import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'

export interface DoneCountdownProps {
  /** How long the last screen stays before it erases the session (config `timing.doneSeconds`). */
  readonly seconds: number
  /** Runs the normal wipe, once. */
  readonly onElapsed: () => void
  readonly now?: () => number
}

/**
 * The last screen ends the session by itself: a visible countdown, with "I need more time" to
 * start it again. Announced to screen readers only at the start and in the last seconds, so the
 * patient hears it without a flood of numbers.
 */
export function DoneCountdown({ seconds, onElapsed, now = Date.now }: DoneCountdownProps) {
  const { t } = useTranslation('ending')
  const [endsAt, setEndsAt] = useState(() => now() + seconds * 1000)
  const [left, setLeft] = useState(seconds)
  const elapsed = useRef(onElapsed)
  useEffect(() => {
    elapsed.current = onElapsed
  }, [onElapsed])
  const fired = useRef(false)

  useEffect(() => {
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((endsAt - now()) / 1000))
      setLeft(remaining)
      if (remaining === 0 && !fired.current) {
        fired.current = true
        elapsed.current()
      }
    }
    tick()
    const timer = setInterval(tick, 250)
    return () => clearInterval(timer)
  }, [endsAt, now])

  const announce = left === seconds || left === 10 || left === 5
  return (
    <div className="kiosk-done-countdown">
      <p className="kiosk-done-countdown__text">{t('countdown.text', { count: left })}</p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announce ? t('countdown.announce', { count: left }) : ''}
      </p>
      <Button variant="secondary" onClick={() => setEndsAt(now() + seconds * 1000)}>
        {t('countdown.moreTime')}
      </Button>
    </div>
  )
}
