import { useCallback, useRef, useState } from 'react'

import type { KeyboardFieldView } from '../../components/OnScreenKeyboard'
import { keepInView } from '../../components/reveal-in-view'
import { applyKeyboardEdit, type KeyboardEdit } from '../../components/keyboard-editing'
import { DATE_PART_DIGITS, nextInDocumentOrder } from '../../components/keyboard-field-order'
import type { KeyboardLayoutName } from '../../components/keyboard-layouts'

export type TextFieldName =
  | 'activationCode'
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth.month'
  | 'dateOfBirth.day'
  | 'dateOfBirth.year'
  | 'email'
  | 'mayoClinicNumber'

export const keyboardLayoutFor: Readonly<Record<TextFieldName, KeyboardLayoutName>> = {
  activationCode: 'code',
  firstName: 'letters',
  lastName: 'letters',
  'dateOfBirth.month': 'digits',
  'dateOfBirth.day': 'digits',
  'dateOfBirth.year': 'digits',
  email: 'email',
  mayoClinicNumber: 'digits',
}

export interface FormKeyboard {
  /** The field the on-screen keyboard types into, or null when the keyboard is hidden. */
  readonly target: TextFieldName | null
  activate(name: TextFieldName): void
  hide(): void
  /** Remembers each input element, to type at its caret. */
  inputRef(name: TextFieldName, element: HTMLInputElement | null): void
  edit(edit: KeyboardEdit): void
  /** "Next": the following field in screen order; after the last one the keyboard hides. */
  next(): void
  /** What the keyboard may read of the active field (automatic capitals, the code's groups). */
  readonly view: KeyboardFieldView
}

const datePartOf = (name: TextFieldName) =>
  name.startsWith('dateOfBirth.')
    ? (name.slice('dateOfBirth.'.length) as keyof typeof DATE_PART_DIGITS)
    : null

/**
 * Connects the on-screen keyboard to the form: a key edits the active field at its caret (an
 * input keeps its selection when not focused) through the form's own setValue, so typed and
 * physical-keyboard input go through the same validation.
 */
export function useFormKeyboard(
  read: (name: TextFieldName) => string,
  write: (name: TextFieldName, value: string) => void,
): FormKeyboard {
  const [target, setTarget] = useState<TextFieldName | null>(null)
  const inputs = useRef(new Map<TextFieldName, HTMLInputElement>())

  const activate = useCallback((name: TextFieldName) => {
    setTarget(name)
    const input = inputs.current.get(name)
    // The same as for a key (app/keypad): the field whole in view, now and once the keyboard
    // has appeared and the region shrunk.
    if (input !== undefined) keepInView(input)
  }, [])

  const inputRef = useCallback((name: TextFieldName, element: HTMLInputElement | null) => {
    if (element === null) inputs.current.delete(name)
    else inputs.current.set(name, element)
  }, [])

  const selectionOf = (input: HTMLInputElement | undefined) =>
    input === undefined || input.selectionStart === null
      ? null
      : { start: input.selectionStart, end: input.selectionEnd ?? input.selectionStart }

  const moveTo = (name: TextFieldName | null) => {
    if (name === null) return setTarget(null)
    const input = inputs.current.get(name)
    // Focusing the field activates it (its onFocus), so the keyboard follows.
    input?.focus()
    activate(name)
    input?.setSelectionRange(input.value.length, input.value.length)
  }
  const next = () => {
    if (target !== null) moveTo(nextInDocumentOrder(inputs.current, target))
  }

  const edit = (keyboardEdit: KeyboardEdit) => {
    if (target === null) return
    const input = inputs.current.get(target)
    const result = applyKeyboardEdit(read(target), selectionOf(input), keyboardEdit)
    const part = datePartOf(target)
    // A date part takes its digits and no more: a full month or day never gets a third digit.
    if (part !== null && result.value.length > DATE_PART_DIGITS[part]) return
    write(target, result.value)
    input?.setSelectionRange(result.caret, result.caret)
    // …and once full, the next part follows by itself (day → month → year in Spanish).
    if (
      part !== null &&
      keyboardEdit.kind === 'insert' &&
      result.value.length === DATE_PART_DIGITS[part] &&
      part !== 'year'
    ) {
      moveTo(nextInDocumentOrder(inputs.current, target))
    }
  }

  const view: KeyboardFieldView = {
    textBeforeCaret: () => {
      if (target === null) return ''
      const value = read(target)
      const selection = selectionOf(inputs.current.get(target))
      return value.slice(0, selection?.start ?? value.length)
    },
    value: () => (target === null ? '' : read(target)),
  }

  return { target, activate, hide: () => setTarget(null), inputRef, edit, next, view }
}
