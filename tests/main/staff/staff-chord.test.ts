// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { isBlockedShortcut } from '../../../electron/main/kiosk-shortcuts'
import { isStaffChord } from '../../../renderer/features/staff/tap-gesture'

describe('the staff key chord in the Electron build', () => {
  it('reaches the page: kiosk-shortcuts does not swallow Ctrl+Alt+Shift+K', () => {
    const input = { type: 'keyDown', key: 'K', control: true, alt: true, shift: true, meta: false }
    expect(isBlockedShortcut(input)).toBe(false)
    expect(
      isStaffChord({ ctrlKey: true, altKey: true, shiftKey: true, metaKey: false, code: 'KeyK' }),
    ).toBe(true)
  })

  it('would not with Ctrl+S (why the chord is not Ctrl+Alt+Shift+S)', () => {
    const input = { type: 'keyDown', key: 'S', control: true, alt: true, shift: true, meta: false }
    expect(isBlockedShortcut(input)).toBe(true)
  })
})
