// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { portalWebPreferences } from '../../../electron/main/portal/portal-web-preferences'

describe('the portal view webPreferences (third-party content)', () => {
  it('has no preload, and every field of the security checklist', () => {
    const preferences = portalWebPreferences('portal-00000000-0000-4000-8000-000000000001')
    expect(preferences).not.toHaveProperty('preload')
    expect(preferences).toEqual({
      partition: 'portal-00000000-0000-4000-8000-000000000001',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
      autoplayPolicy: 'user-gesture-required',
      disableDialogs: true,
    })
  })

  it('never lets the page open a native alert/confirm/prompt box', () => {
    expect(portalWebPreferences('portal-x').disableDialogs).toBe(true)
  })

  it('refuses a persistent partition', () => {
    expect(() => portalWebPreferences('persist:portal')).toThrow(/must not persist/)
  })
})
