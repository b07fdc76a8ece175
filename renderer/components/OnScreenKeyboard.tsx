import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { keyboardLayouts, type KeyboardLayoutName, type KeySpec } from './keyboard-layouts'

export interface OnScreenKeyboardProps {
  readonly layout: KeyboardLayoutName
  /** Offered layouts to switch between (the portal page needs letters and symbols); none: fixed. */
  readonly switchableLayouts?: readonly KeyboardLayoutName[]
  readonly onLayoutChange?: (layout: KeyboardLayoutName) => void
  readonly onText: (text: string) => void
  readonly onBackspace: () => void
  readonly onDone: () => void
  /** More keys before "Done", e.g. Tab and "Insert my activation code" for the portal page. */
  readonly extraKeys?: ReactNode
}

/**
 * The kiosk's own keyboard for touch-only use. Every key is a real <button> with an accessible
 * name (react-simple-keyboard renders plain divs). Keys do not take focus from the text field on
 * pointer down, so the caret stays where the patient put it.
 */
export function OnScreenKeyboard({
  layout,
  switchableLayouts = [],
  onLayoutChange,
  onText,
  onBackspace,
  onDone,
  extraKeys,
}: OnScreenKeyboardProps) {
  const { t } = useTranslation('ui')
  const [shifted, setShifted] = useState(false)

  const renderKey = (key: KeySpec, index: number) => {
    switch (key.kind) {
      case 'char': {
        const text = shifted ? key.text.toLocaleUpperCase() : key.text
        return (
          <KeyButton
            key={`${key.text}-${index}`}
            onPress={() => {
              onText(text)
              setShifted(false)
            }}
          >
            {text}
          </KeyButton>
        )
      }
      case 'shift':
        return (
          <KeyButton
            key="shift"
            wide
            pressed={shifted}
            onPress={() => setShifted((value) => !value)}
          >
            <span aria-hidden="true">⇧</span> {t('keyboard.shift')}
          </KeyButton>
        )
      case 'backspace':
        return (
          <KeyButton key="backspace" wide onPress={onBackspace}>
            <span aria-hidden="true">⌫</span> {t('keyboard.backspace')}
          </KeyButton>
        )
      case 'space':
        return (
          <KeyButton key="space" wide className="kiosk-key--space" onPress={() => onText(' ')}>
            {t('keyboard.space')}
          </KeyButton>
        )
    }
  }

  return (
    <section
      aria-label={t('keyboard.label')}
      className={`kiosk-keyboard kiosk-keyboard--${layout}`}
    >
      {keyboardLayouts[layout].map((row, index) => (
        <div key={index} className="kiosk-keyboard__row">
          {row.map(renderKey)}
        </div>
      ))}
      <div className="kiosk-keyboard__row">
        {switchableLayouts.map((name) => (
          <KeyButton
            key={name}
            wide
            pressed={name === layout}
            onPress={() => onLayoutChange?.(name)}
          >
            {t(`keyboard.layouts.${name}`)}
          </KeyButton>
        ))}
        {extraKeys}
        <KeyButton wide className="kiosk-key--done" onPress={onDone}>
          {t('keyboard.done')}
        </KeyButton>
      </div>
    </section>
  )
}

export interface KeyButtonProps {
  readonly children: ReactNode
  readonly onPress: () => void
  readonly wide?: boolean
  readonly pressed?: boolean
  readonly className?: string
  /** When the visible text is not a good name on its own. */
  readonly label?: string
}

/** One key. Exported so callers can add keys of their own (Tab, Insert my code…). */
export function KeyButton({ children, onPress, wide, pressed, className, label }: KeyButtonProps) {
  return (
    <button
      type="button"
      className={['kiosk-key', wide === true ? 'kiosk-key--wide' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-pressed={pressed}
      aria-label={label}
      // Keep focus (and the caret) in the text field being typed into.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  )
}
