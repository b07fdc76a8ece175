// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { applyDevPortalOverride } from '../../../electron/main/portal/dev-portal-override'
import { defaultConfig } from '../../../shared/config/default-config'

describe('the dev portal override', () => {
  const env = { KIOSK_DEV_PORTAL_URL: 'https://127.0.0.1:8443/portal' }

  it('points every portal at the stand-in in unpackaged runs', () => {
    const config = applyDevPortalOverride(defaultConfig, env, false)
    for (const portal of config.portals) {
      expect(portal.signUpUrl).toBe('https://127.0.0.1:8443/portal')
      expect(portal.allowedOrigins).toEqual(['https://127.0.0.1:8443'])
    }
  })

  it('is ignored by a packaged kiosk and when unset', () => {
    expect(applyDevPortalOverride(defaultConfig, env, true)).toBe(defaultConfig)
    expect(applyDevPortalOverride(defaultConfig, {}, false)).toBe(defaultConfig)
  })

  it('refuses a non-https stand-in', () => {
    expect(() =>
      applyDevPortalOverride(
        defaultConfig,
        { KIOSK_DEV_PORTAL_URL: 'http://127.0.0.1:8080/' },
        false,
      ),
    ).toThrow(/not usable/)
  })
})
