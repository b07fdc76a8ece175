import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { ActivationCodeShape } from '../../shared/activation/activation-code'
import { CodeProgress } from './keyboard-code-progress'
import { keyboardLayouts, type KeyboardLayoutName, type KeySpec } from './keyboard-layouts'
import { hasVariants, letterVariants } from './keyboard-more-letters'
import { startsNamePart } from './keyboard-name-case'

/** What the keyboard may read of the field it types into (never stored, only shown or used). */
export interface KeyboardFieldView {
  /** The text before the caret: decides the automatic capital of a name part. */
  readonly textBeforeCaret: () => string
  /** The whole value: the code layout shows it in groups with a count of what is left. */
  readonly value: () => string
}

export interface OnScreenKeyboardProps {
  readonly layout: KeyboardLayoutName
  /** Offered layouts to switch between (the portal page needs letters and symbols); none: fixed. */
  readonly switchableLayouts?: readonly KeyboardLayoutName[]
  readonly onLayoutChange?: (layout: KeyboardLayoutName) => void
  readonly onText: (text: string) => void
  readonly onBackspace: () => void
  readonly onDone: () => void
  /** Moves to the next field of the form; without it there is no "Next" key. */
  readonly onNext?: () => void
  /** Our own form's field: enables automatic capitals (names) and the code's progress line. */
  readonly field?: KeyboardFieldView
  /** The portal's usual activation-code shape, for the code layout's groups and count. */
  readonly codeShape?: ActivationCodeShape
  /** More keys on the last row before "Hide keyboard", e.g. "Insert my activation code". */
  readonly extraKeys?: ReactNode
  /** More keys on the row of layout switches, e.g. the caret keys and Enter of the portal page. */
  readonly layoutRowKeys?: ReactNode
}

const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const

/**
 * The kiosk's own keyboard for touch-only use. Every key is a real <button> with an accessible
 * name (react-simple-keyboard renders plain divs). Keys do not take focus from the text field on
 * pointer down, so the caret stays where the patient put it.
 *
 * On the name layout, "More letters" opens every Latin letter a legal name can hold: first the
 * plain letter, then its forms (e → é è ê ễ ě ę…); typing one returns to the letters. Nothing
 * is ever changed or dropped on the way: a key types exactly the character it shows.
 */
export function OnScreenKeyboard({
  layout,
  switchableLayouts = [],
  onLayoutChange,
  onText,
  onBackspace,
  onDone,
  onNext,
  field,
  codeShape,
  extraKeys,
  layoutRowKeys,
}: OnScreenKeyboardProps) {
  const { t } = useTranslation('ui')
  // null: follow the automatic capital; true/false: the patient's Shift for the next letter.
  const [shiftChoice, setShiftChoice] = useState<boolean | null>(null)
  const [more, setMore] = useState<{ readonly base: string | null } | null>(null)
  // Re-render after every key, so the automatic capital and the code line read the new value.
  const [, setRevision] = useState(0)
  const touched = () => setRevision((value) => value + 1)

  const autoCapital =
    layout === 'letters' && field !== undefined && startsNamePart(field.textBeforeCaret())
  const upper = shiftChoice ?? autoCapital
  const caseOf = (text: string) => (upper ? text.toLocaleUpperCase() : text)

  const type = (text: string) => {
    onText(text)
    setShiftChoice(null)
    touched()
  }
  const shiftKey = (
    <KeyButton key="shift" wide pressed={upper} onPress={() => setShiftChoice(!upper)}>
      <span aria-hidden="true">⇧</span> {t('keyboard.shift')}
    </KeyButton>
  )
  const backspaceKey = (
    <KeyButton
      key="backspace"
      wide
      onPress={() => {
        onBackspace()
        touched()
      }}
    >
      <span aria-hidden="true">⌫</span> {t('keyboard.backspace')}
    </KeyButton>
  )

  const renderKey = (key: KeySpec, index: number) => {
    switch (key.kind) {
      case 'char': {
        const text = caseOf(key.text)
        return (
          <KeyButton key={`${key.text}-${index}`} onPress={() => type(text)}>
            {text}
          </KeyButton>
        )
      }
      case 'shift':
        return shiftKey
      case 'backspace':
        return backspaceKey
      case 'space':
        return (
          <KeyButton key="space" wide className="kiosk-key--space" onPress={() => type(' ')}>
            {t('keyboard.space')}
          </KeyButton>
        )
      case 'more-letters':
        return (
          <KeyButton key="more" wide onPress={() => setMore({ base: null })}>
            {t('keyboard.moreLetters')} <span aria-hidden="true">…</span>
          </KeyButton>
        )
    }
  }

  const switchKeys =
    switchableLayouts.length > 0 || layoutRowKeys !== undefined ? (
      <>
        {switchableLayouts.map((name) => (
          <KeyButton
            key={name}
            wide
            pressed={name === layout}
            onPress={() => {
              setMore(null)
              onLayoutChange?.(name)
            }}
          >
            {t(`keyboard.layouts.${name}`)}
          </KeyButton>
        ))}
        {layoutRowKeys}
      </>
    ) : null

  const rows =
    more === null ? (
      <>
        {layout === 'code' && field !== undefined && (
          <CodeProgress value={field.value()} shape={codeShape} />
        )}
        {/* Character rows keep the physical keyboard's left-to-right order in every language
            (an Arabic keyboard has ض on the Q key, at the left), so they never mirror. */}
        {keyboardLayouts[layout].map((row, index) => (
          <div key={index} className="kiosk-keyboard__row" dir="ltr">
            {row.map(renderKey)}
          </div>
        ))}
      </>
    ) : (
      <>
        <p className="kiosk-keyboard__title">{t('keyboard.moreLettersTitle')}</p>
        {more.base !== null && (
          <div
            className="kiosk-keyboard__row kiosk-keyboard__variants"
            role="group"
            aria-label={t('keyboard.variantsOf', { letter: caseOf(more.base) })}
          >
            {letterVariants(caseOf(more.base)).map((letter) => (
              <KeyButton
                key={letter}
                onPress={() => {
                  type(letter)
                  setMore(null)
                }}
              >
                {letter}
              </KeyButton>
            ))}
          </div>
        )}
        {QWERTY_ROWS.map((row) => (
          <div key={row} className="kiosk-keyboard__row">
            {[...row]
              .filter((base) => hasVariants(base))
              .map((base) => (
                <KeyButton
                  key={base}
                  pressed={more.base === base}
                  label={t('keyboard.variantsOf', { letter: caseOf(base) })}
                  onPress={() => setMore({ base })}
                >
                  {caseOf(base)}
                </KeyButton>
              ))}
          </div>
        ))}
        <div className="kiosk-keyboard__row">
          {shiftKey}
          <KeyButton wide onPress={() => setMore(null)}>
            {t('keyboard.backToLetters')}
          </KeyButton>
          {backspaceKey}
        </div>
      </>
    )

  return (
    <section
      // The keypad layer moves through these keys in two dimensions (renderer/app/keypad).
      data-keypad-grid=""
      aria-label={t('keyboard.label')}
      className={`kiosk-keyboard kiosk-keyboard--${more === null ? layout : 'more'}`}
    >
      {rows}
      {/* The keys that do something other than type a character take rows of their own, so a
          character row never shares its width with a long label (in Hmong, "p", "ñ" and "m"
          once wrapped onto lines of their own). */}
      {switchKeys !== null && (
        <div className="kiosk-keyboard__row kiosk-keyboard__row--functions">{switchKeys}</div>
      )}
      <div className="kiosk-keyboard__row kiosk-keyboard__row--functions">
        {extraKeys}
        {onNext !== undefined && (
          <KeyButton wide className="kiosk-key--next" onPress={onNext}>
            {t('keyboard.next')}{' '}
            <span aria-hidden="true" className="kiosk-icon--directional">
              →
            </span>
          </KeyButton>
        )}
        {/* Secondary: quieter than the step's way forward (and than "Next"). */}
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
