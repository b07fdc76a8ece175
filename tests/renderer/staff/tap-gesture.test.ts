import { describe, expect, it } from 'vitest'

import { createTapCounter, isStaffChord } from '../../../renderer/features/staff/tap-gesture'

describe('the five-tap gesture', () => {
  it('completes on the fifth tap within three seconds', () => {
    let time = 0
    const counter = createTapCounter(() => time)
    const results = [0, 500, 1000, 1500, 2999].map((at) => {
      time = at
      return counter.tap()
    })
    expect(results).toEqual([false, false, false, false, true])
  })

  it('does not complete when the taps are spread over more than three seconds', () => {
    let time = 0
    const counter = createTapCounter(() => time)
    const results = [0, 800, 1600, 2400, 3200, 3300].map((at) => {
      time = at
      return counter.tap()
    })
    // The first tap has expired by the fifth; the sixth completes five within the window.
    expect(results).toEqual([false, false, false, false, false, true])
  })

  it('starts counting again after the gesture completes', () => {
    const counter = createTapCounter(() => 0)
    for (let tap = 0; tap < 5; tap += 1) counter.tap()
    expect(counter.tap()).toBe(false)
  })
})

describe('the staff key chord', () => {
  const chord = { ctrlKey: true, altKey: true, shiftKey: true, metaKey: false, code: 'KeyK' }
  it('is Ctrl+Alt+Shift+K and nothing less', () => {
    expect(isStaffChord(chord)).toBe(true)
    expect(isStaffChord({ ...chord, shiftKey: false })).toBe(false)
    expect(isStaffChord({ ...chord, code: 'KeyS' })).toBe(false)
    expect(isStaffChord({ ...chord, metaKey: true })).toBe(false)
  })
})
