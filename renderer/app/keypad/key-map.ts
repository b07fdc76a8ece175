import { keypadFunctionOf, type KeypadFunction } from '../../../shared/keypad-keys'

/**
 * What a key means to the kiosk's keypad layer, given where focus is. Pure, so the whole table
 * is unit-tested; `install-keypad.ts` carries the commands out on the DOM.
 *
 * | key                          | where focus is                      | command                      |
 * | ---------------------------- | ----------------------------------- | ---------------------------- |
 * | ArrowDown, ArrowRight        | a control                           | next control (wraps)         |
 * | ArrowUp, ArrowLeft           | a control                           | previous control (wraps)     |
 * | ArrowUp, ArrowDown           | a one-line text field               | previous / next control      |
 * | ArrowLeft, ArrowRight        | a one-line text field               | — the caret moves (browser)  |
 * | ArrowUp, ArrowDown           | an answer of a radio group          | previous / next answer or    |
 * |                              |                                     | control, without choosing it |
 * | ArrowLeft, ArrowRight        | an answer of a radio group          | — choose the previous / next |
 * |                              |                                     | answer (the group's own)     |
 * | any arrow                    | an on-screen keyboard key           | the key in that direction    |
 * | any arrow                    | a control with its own arrows       | — its own (slider, list…)    |
 * | Enter, Space                 | anywhere                            | — the browser's: press, type |
 * | Escape                       | an on-screen keyboard key           | back to the field it types in|
 * | Escape                       | a dialog                            | keep going: the dialog's own |
 * |                              |                                     | Escape, else its marked keep |
 * | F1, Help                     | not in a dialog                     | Help                         |
 * | F2                           | anywhere                            | Back (in a dialog: keep)     |
 * | F3                           | anywhere                            | Listen (`kiosk:listen`)      |
 * | with Ctrl, Alt or Meta       | anywhere                            | — not ours                   |
 *
 * Backspace is deliberately not Back: it deletes a digit on the staff PIN pad and a character
 * on the on-screen keyboard's field, and browsers dropped Backspace-as-Back because it lost
 * people's work.
 */
export type KeypadCommand =
  | { readonly kind: 'move'; readonly step: 1 | -1 }
  | { readonly kind: 'grid'; readonly direction: GridDirection }
  | { readonly kind: 'leave-grid' }
  /** Escape elsewhere: in a dialog without an Escape of its own, its marked safe choice. */
  | { readonly kind: 'escape' }
  | { readonly kind: KeypadFunction }

export type GridDirection = 'up' | 'down' | 'left' | 'right'

/** Where focus is, as far as the key map cares. */
export type FocusPlace =
  /** A one-line text input: left/right move the caret. */
  | 'text-field'
  /** One answer of an ARIA radio group (ChoiceGroup). */
  | 'radio'
  /** A key of the on-screen keyboard. */
  | 'grid-key'
  /** A control whose arrows already mean something (textarea, select, slider, listbox…). */
  | 'own-arrows'
  /** Any other control, a heading, or nothing. */
  | 'other'

export interface KeyPress {
  readonly key: string
  readonly ctrlKey: boolean
  readonly altKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
}

const arrows: Readonly<Record<string, GridDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

export function keypadCommand(press: KeyPress, place: FocusPlace): KeypadCommand | null {
  // Shortcuts are someone else's (the staff chord is Ctrl+Alt+Shift+K); Shift+arrows select text.
  if (press.ctrlKey || press.altKey || press.metaKey) return null
  const fn = keypadFunctionOf(press.key)
  if (fn !== null) return { kind: fn }
  if (press.key === 'Escape') return { kind: place === 'grid-key' ? 'leave-grid' : 'escape' }
  const direction = arrows[press.key]
  if (direction === undefined || press.shiftKey) return null
  const vertical = direction === 'up' || direction === 'down'
  const step = direction === 'up' || direction === 'left' ? -1 : 1
  switch (place) {
    case 'grid-key':
      return { kind: 'grid', direction }
    case 'own-arrows':
      return null
    case 'text-field':
    case 'radio':
      return vertical ? { kind: 'move', step } : null
    case 'other':
      return { kind: 'move', step }
  }
}
