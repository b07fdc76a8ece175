// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { createKioskState } from '../../electron/main/kiosk-state'
import type { PortalViewManager } from '../../electron/main/portal/portal-view'
import { DEV_PORTAL_ENV } from '../../electron/main/portal/dev-portal-override'
import { defaultConfig } from '../../shared/config/default-config'
import type { KioskConfig } from '../../shared/config/kiosk-config'
import type { SessionPhase } from '../../shared/ipc/session-channels'

const standIn = 'https://127.0.0.1:8443/portal'

describe('what main knows as it comes to exist', () => {
  it('answers "not there yet" before main hands anything over', () => {
    const kiosk = createKioskState({ env: {}, isPackaged: true })
    expect(kiosk.config()).toBeNull()
    expect(kiosk.phase()).toBe('config-error')
    expect(kiosk.uiContentsId()).toBe(-1)
    expect(kiosk.isUiContents({ id: -1 })).toBe(false)
    expect(kiosk.isUiContents({ id: 1 })).toBe(false)
    expect(kiosk.portal()).toBeNull()
  })

  it('reads the configuration in force each time it is asked (a reload, a broken file)', () => {
    const kiosk = createKioskState({ env: {}, isPackaged: true })
    let current: KioskConfig | null = defaultConfig
    kiosk.attachConfig({ current: () => current })
    expect(kiosk.config()).toEqual(defaultConfig)
    current = null
    expect(kiosk.config()).toBeNull()
  })

  it('points every portal at the stand-in only when unpackaged', () => {
    const env = { [DEV_PORTAL_ENV]: standIn }
    const unpackaged = createKioskState({ env, isPackaged: false })
    unpackaged.attachConfig({ current: () => defaultConfig })
    const portals = unpackaged.config()?.portals ?? []
    expect(portals.length).toBeGreaterThan(0)
    for (const portal of portals) {
      expect(portal.signInUrl).toBe(standIn)
      expect(portal.allowedOrigins).toEqual(['https://127.0.0.1:8443'])
    }

    const packaged = createKioskState({ env, isPackaged: true })
    packaged.attachConfig({ current: () => defaultConfig })
    expect(packaged.config()).toEqual(defaultConfig)
  })

  it("follows the session's phase once the session exists", () => {
    const kiosk = createKioskState({ env: {}, isPackaged: true })
    let phase: SessionPhase = 'attract'
    kiosk.attachSession({ phase: () => phase })
    expect(kiosk.phase()).toBe('attract')
    phase = 'wiping'
    expect(kiosk.phase()).toBe('wiping')
  })

  it('knows the UI contents and the portal view once they are handed over', () => {
    const kiosk = createKioskState({ env: {}, isPackaged: true })
    kiosk.attachUiContents({ id: 7 })
    expect(kiosk.uiContentsId()).toBe(7)
    expect(kiosk.isUiContents({ id: 7 })).toBe(true)
    expect(kiosk.isUiContents({ id: 8 })).toBe(false)
    const portal = {} as PortalViewManager
    kiosk.attachPortal(portal)
    expect(kiosk.portal()).toBe(portal)
  })
})
