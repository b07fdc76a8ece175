import { useCallback, useRef, useState } from 'react'

import { applyKeyboardEdit, type KeyboardEdit } from '../../components/keyboard-editing'
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
}

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
    // Let the keyboard appear first, then bring the field above it.
    requestAnimationFrame(() => input?.scrollIntoView?.({ block: 'center' }))
  }, [])

  const inputRef = useCallback((name: TextFieldName, element: HTMLInputElement | null) => {
    if (element === null) inputs.current.delete(name)
    else inputs.current.set(name, element)
  }, [])

  const edit = (keyboardEdit: KeyboardEdit) => {
    if (target === null) return
    const input = inputs.current.get(target)
    const selection =
      input === undefined || input.selectionStart === null
        ? null
        : { start: input.selectionStart, end: input.selectionEnd ?? input.selectionStart }
    const result = applyKeyboardEdit(read(target), selection, keyboardEdit)
    write(target, result.value)
    input?.setSelectionRange(result.caret, result.caret)
  }

  return { target, activate, hide: () => setTarget(null), inputRef, edit }
}
