// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { uiWebPreferences } from '../../../electron/main/kiosk-window'
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
      disableBlinkFeatures: 'EyeDropperAPI,FileSystemAccessLocal,DocumentPictureInPictureAPI',
    })
  })

  it('never lets the page open a native alert/confirm/prompt box', () => {
    expect(portalWebPreferences('portal-x').disableDialogs).toBe(true)
  })

  it('keeps spellcheck off in the portal and in our UI (Electron turns it on when unset)', () => {
    // shell/browser/web_contents_preferences.cc: `spellcheck_ = true` unless the preference says
    // otherwise; on, the OS spellchecker sees every word the patient types and its suggestions
    // menu is native UI.
    expect(portalWebPreferences('portal-x').spellcheck).toBe(false)
    expect(uiWebPreferences('/preload.cjs').spellcheck).toBe(false)
  })

  it('switches off EyeDropper, local File System Access and Document Picture-in-Picture', () => {
    const features = String(portalWebPreferences('portal-x').disableBlinkFeatures).split(',')
    expect(features).toEqual(
      expect.arrayContaining([
        'EyeDropperAPI',
        'FileSystemAccessLocal',
        'DocumentPictureInPictureAPI',
      ]),
    )
  })

  it('refuses a persistent partition', () => {
    expect(() => portalWebPreferences('persist:portal')).toThrow(/must not persist/)
  })
})
