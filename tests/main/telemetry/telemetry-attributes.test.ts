// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { navigationKinds } from '../../../electron/main/audit/audit-event'
import { allowedAttributes } from '../../../electron/main/telemetry/telemetry-attributes'

const known = { portalIds: ['mayo-clinic'] }

describe('the telemetry allowlist for navigation kinds', () => {
  it('lets every kind the audit log can record through as itself', () => {
    for (const kind of navigationKinds) {
      expect(allowedAttributes({ 'kiosk.navigation.kind': kind }, known)).toEqual({
        'kiosk.navigation.kind': kind,
      })
    }
  })

  it('a blocked form-posting pop-up reaches the fleet as new-window-post, not other', () => {
    expect(allowedAttributes({ 'kiosk.navigation.kind': 'new-window-post' }, known)).toEqual({
      'kiosk.navigation.kind': 'new-window-post',
    })
  })

  it('a value outside the list still becomes other', () => {
    expect(allowedAttributes({ 'kiosk.navigation.kind': 'javascript:' }, known)).toEqual({
      'kiosk.navigation.kind': 'other',
    })
  })
})
