import { describe, expect, it } from 'vitest'

import { applyKeyboardEdit } from '../../../renderer/components/keyboard-editing'

describe('what an on-screen key does to a field', () => {
  it.each([
    ['', null, 'a', 'a', 1],
    ['abc', null, 'd', 'abcd', 4],
    ['abc', { start: 1, end: 1 }, 'X', 'aXbc', 2],
    ['abc', { start: 0, end: 3 }, 'Z', 'Z', 1],
    ['abc', { start: 9, end: 9 }, 'd', 'abcd', 4],
  ] as const)('inserts into %j at %j', (value, selection, text, expected, caret) => {
    expect(applyKeyboardEdit(value, selection, { kind: 'insert', text })).toEqual({
      value: expected,
      caret,
    })
  })

  it.each([
    ['abc', null, 'ab', 2],
    ['abc', { start: 1, end: 1 }, 'bc', 0],
    ['abc', { start: 0, end: 0 }, 'abc', 0],
    ['abcdef', { start: 1, end: 4 }, 'aef', 1],
    ['ab😀', null, 'ab', 2],
  ] as const)('deletes in %j at %j', (value, selection, expected, caret) => {
    expect(applyKeyboardEdit(value, selection, { kind: 'backspace' })).toEqual({
      value: expected,
      caret,
    })
  })
})
