import { useTranslation } from 'react-i18next'
import { CircleHelp, HandHelping, LogOut, RotateCcw } from 'lucide-react'

import { Button } from '../../components/Button'
import { ToggleButton } from '../../components/ToggleButton'
import type { Overlay } from './flow-state'

export interface SessionBarProps {
  readonly onOverlay: (overlay: Overlay) => void
  readonly onStartOver: () => void
  readonly onImDone: () => void
  /** Only during the hand-off: the keyboard for the official page. */
  readonly keyboard?: { readonly open: boolean; readonly onOpenChange: (open: boolean) => void }
  /** The Done screen has its own big erase button. */
  readonly showImDone: boolean
}

/**
 * Always on screen, in the strip under the step's actions: help, staff, starting over and
 * erasing the session. Four controls, so the strip is one row on a landscape screen and the
 * chrome stays a small share of the height ("Trouble signing in at home" is on Help, the page
 * a patient with a question opens first). Easy to find but quiet (KIOSK-UX.md): plain buttons with an icon, never
 * red, never beside the way forward. On the hand-off it is part of one slim bar. "Listen" skips
 * it (`data-speech="skip"`) unless the patient is on one of its buttons.
 */
export function SessionBar({
  onOverlay,
  onStartOver,
  onImDone,
  keyboard,
  showImDone,
}: SessionBarProps) {
  const { t } = useTranslation('flow')
  return (
    // Not read by "Listen" on every step (the same four buttons each time bury the step's own
    // words); a button here is still read when it is the focused control (read-screen.ts).
    <nav aria-label={t('bar.label')} className="kiosk-session-bar" data-speech="skip">
      <div className="kiosk-session-bar__group">
        <Button variant="secondary" data-keypad="help" onClick={() => onOverlay('help')}>
          <CircleHelp aria-hidden="true" className="kiosk-icon" />
          {t('bar.help')}
        </Button>
        <Button variant="secondary" onClick={() => onOverlay('staff-help')}>
          <HandHelping aria-hidden="true" className="kiosk-icon" />
          {t('bar.staffHelp')}
        </Button>
        {keyboard !== undefined && (
          <ToggleButton pressed={keyboard.open} onPressedChange={keyboard.onOpenChange}>
            {t('bar.showKeyboard')}
          </ToggleButton>
        )}
      </div>
      <div className="kiosk-session-bar__group">
        <Button variant="secondary" onClick={onStartOver}>
          <RotateCcw aria-hidden="true" className="kiosk-icon" />
          {t('bar.startOver')}
        </Button>
        {showImDone && (
          <Button variant="secondary" className="kiosk-session-bar__done" onClick={onImDone}>
            <LogOut aria-hidden="true" className="kiosk-icon" />
            {t('bar.imDone')}
          </Button>
        )}
      </div>
    </nav>
  )
}
