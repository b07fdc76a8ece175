import { describe, expect, it } from 'vitest'

import { keypadCommand, type FocusPlace } from '../../../renderer/app/keypad/key-map'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
})

describe('the keypad key map', () => {
  it.each([
    ['ArrowDown', 'other', { kind: 'move', step: 1 }],
    ['ArrowRight', 'other', { kind: 'move', step: 1 }],
    ['ArrowUp', 'other', { kind: 'move', step: -1 }],
    ['ArrowLeft', 'other', { kind: 'move', step: -1 }],
    // A text field keeps its caret on left/right; up/down leave it.
    ['ArrowLeft', 'text-field', null],
    ['ArrowRight', 'text-field', null],
    ['ArrowDown', 'text-field', { kind: 'move', step: 1 }],
    ['ArrowUp', 'text-field', { kind: 'move', step: -1 }],
    // A radio group keeps left/right (choose); up/down browse without choosing.
    ['ArrowLeft', 'radio', null],
    ['ArrowRight', 'radio', null],
    ['ArrowDown', 'radio', { kind: 'move', step: 1 }],
    ['ArrowUp', 'radio', { kind: 'move', step: -1 }],
    ['ArrowUp', 'own-arrows', null],
    ['ArrowRight', 'own-arrows', null],
    ['ArrowUp', 'grid-key', { kind: 'grid', direction: 'up' }],
    ['ArrowLeft', 'grid-key', { kind: 'grid', direction: 'left' }],
    ['Escape', 'grid-key', { kind: 'leave-grid' }],
    ['Escape', 'other', { kind: 'escape' }],
    ['Enter', 'other', null],
    [' ', 'other', null],
    ['Backspace', 'other', null],
    ['F1', 'other', { kind: 'help' }],
    ['Help', 'text-field', { kind: 'help' }],
    ['F2', 'text-field', { kind: 'back' }],
    ['F2', 'radio', { kind: 'back' }],
    ['F3', 'grid-key', { kind: 'listen' }],
  ] as const)('%s on %s → %j', (key, place, command) => {
    expect(keypadCommand(press(key), place as FocusPlace)).toEqual(command)
  })

  it('leaves shortcuts and text selection alone', () => {
    expect(keypadCommand(press('ArrowDown', { ctrlKey: true }), 'other')).toBeNull()
    expect(keypadCommand(press('F1', { altKey: true }), 'other')).toBeNull()
    expect(keypadCommand(press('ArrowDown', { metaKey: true }), 'other')).toBeNull()
    expect(keypadCommand(press('ArrowUp', { shiftKey: true }), 'text-field')).toBeNull()
  })
})
