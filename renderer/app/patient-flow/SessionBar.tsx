import { useTranslation } from 'react-i18next'

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

/** Always on screen: help, staff, starting over and erasing the session. */
export function SessionBar({
  onOverlay,
  onStartOver,
  onImDone,
  keyboard,
  showImDone,
}: SessionBarProps) {
  const { t } = useTranslation('flow')
  return (
    <nav aria-label={t('bar.label')} className="kiosk-session-bar">
      <Button variant="secondary" data-keypad="help" onClick={() => onOverlay('help')}>
        {t('bar.help')}
      </Button>
      <Button variant="secondary" onClick={() => onOverlay('sign-in-trouble')}>
        {t('bar.signInTrouble')}
      </Button>
      <Button variant="secondary" onClick={() => onOverlay('staff-help')}>
        {t('bar.staffHelp')}
      </Button>
      {keyboard !== undefined && (
        <ToggleButton pressed={keyboard.open} onPressedChange={keyboard.onOpenChange}>
          {t('bar.showKeyboard')}
        </ToggleButton>
      )}
      <Button variant="secondary" onClick={onStartOver}>
        {t('bar.startOver')}
      </Button>
      {showImDone && (
        <Button variant="danger" className="kiosk-session-bar__done" onClick={onImDone}>
          {t('bar.imDone')}
        </Button>
      )}
    </nav>
  )
}
