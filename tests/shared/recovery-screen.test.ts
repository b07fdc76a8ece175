import { describe, expect, it } from 'vitest'

import { RECOVERING_SCREEN_ID, recoveryUrl } from '../../shared/recovery-screen'

describe('recoveryUrl', () => {
  it('points the entry URL at the "One moment" screen, keeping the rest', () => {
    expect(recoveryUrl('app://kiosk/index.html')).toBe(
      `app://kiosk/index.html#${RECOVERING_SCREEN_ID}`,
    )
    expect(recoveryUrl('http://localhost:5173/?x=1#old')).toBe(
      'http://localhost:5173/?x=1#recovering',
    )
  })
})
