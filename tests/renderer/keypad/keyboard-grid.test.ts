import { describe, expect, it } from 'vitest'

import { gridMove, linesOf, type KeyBox } from '../../../renderer/app/keypad/keyboard-grid'

const box = (left: number, top: number, width = 80): KeyBox => ({ left, top, width, height: 72 })

// Three lines: 1 2 3 / q w e r / [wide Done]; listed out of order, as the markup may be.
const keys = [
  box(0, 0),
  box(90, 0),
  box(180, 0),
  box(0, 82),
  box(90, 82),
  box(180, 82),
  box(270, 82),
  box(100, 164, 240),
]

describe('the on-screen keyboard as a grid', () => {
  it('reads lines by their place on screen', () => {
    expect(linesOf(keys)).toEqual([[0, 1, 2], [3, 4, 5, 6], [7]])
    // A row that wraps at a narrow width is two lines.
    expect(linesOf([box(0, 0), box(90, 0), box(0, 82)])).toEqual([[0, 1], [2]])
  })

  it('moves left and right along a line and on to the next one', () => {
    expect(gridMove(keys, 0, 'right')).toEqual({ kind: 'key', index: 1 })
    expect(gridMove(keys, 2, 'right')).toEqual({ kind: 'key', index: 3 })
    expect(gridMove(keys, 3, 'left')).toEqual({ kind: 'key', index: 2 })
    // …and wraps at both ends of the keyboard.
    expect(gridMove(keys, 7, 'right')).toEqual({ kind: 'key', index: 0 })
    expect(gridMove(keys, 0, 'left')).toEqual({ kind: 'key', index: 7 })
  })

  it('moves up and down to the nearest key of the next line', () => {
    expect(gridMove(keys, 1, 'down')).toEqual({ kind: 'key', index: 4 })
    expect(gridMove(keys, 6, 'up')).toEqual({ kind: 'key', index: 2 })
    expect(gridMove(keys, 6, 'down')).toEqual({ kind: 'key', index: 7 })
    expect(gridMove(keys, 7, 'up')).toEqual({ kind: 'key', index: 5 })
  })

  it('steps off the keyboard at its top and bottom', () => {
    expect(gridMove(keys, 1, 'up')).toEqual({ kind: 'leave', edge: 'top' })
    expect(gridMove(keys, 7, 'down')).toEqual({ kind: 'leave', edge: 'bottom' })
  })
})
