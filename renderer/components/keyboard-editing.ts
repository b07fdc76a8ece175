/**
 * What an on-screen key does to a text field: pure, so it is tested without a DOM. The selection
 * is where the caret was (or what was selected) when the key was tapped.
 */
export interface TextSelection {
  readonly start: number
  readonly end: number
}

export interface EditResult {
  readonly value: string
  readonly caret: number
}

export type KeyboardEdit =
  { readonly kind: 'insert'; readonly text: string } | { readonly kind: 'backspace' }

export function applyKeyboardEdit(
  value: string,
  selection: TextSelection | null,
  edit: KeyboardEdit,
): EditResult {
  const start = clamp(selection?.start ?? value.length, value.length)
  const end = clamp(Math.max(selection?.end ?? value.length, start), value.length)
  if (edit.kind === 'insert') {
    return {
      value: value.slice(0, start) + edit.text + value.slice(end),
      caret: start + edit.text.length,
    }
  }
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), caret: start }
  if (start === 0) return { value, caret: 0 }
  // Remove a whole character, even outside the Basic Multilingual Plane.
  const before = Array.from(value.slice(0, start))
  before.pop()
  const head = before.join('')
  return { value: head + value.slice(end), caret: head.length }
}

function clamp(position: number, length: number): number {
  return Math.min(Math.max(position, 0), length)
}
