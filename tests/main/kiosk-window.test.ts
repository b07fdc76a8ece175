// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'

import {
  createKioskWindow,
  kioskWindowOptions,
  uiWebPreferences,
} from '../../electron/main/kiosk-window'
import { asElectron, FakeBrowserWindow } from './fakes/fake-electron'

const FakeWindowCtor = asElectron<new (options: object) => BrowserWindow>(FakeBrowserWindow)

describe('the kiosk window', () => {
  it('has every webPreference of the security checklist', () => {
    expect(uiWebPreferences('/app/preload/index.cjs')).toEqual({
      preload: '/app/preload/index.cjs',
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
    })
  })

  it('is a frameless full-screen kiosk window, hidden until ready, in normal runs', () => {
    const options = kioskWindowOptions({ preloadPath: '/p.cjs', devMode: false })
    expect(options).toMatchObject({ show: false, kiosk: true, fullscreen: true, frame: false })
    expect(options.webPreferences?.devTools).toBe(false)
  })

  it('is windowed with devtools only in --dev runs, and keeps the sandbox there too', () => {
    const options = kioskWindowOptions({ preloadPath: '/p.cjs', devMode: true })
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, frame: true })
    expect(options.webPreferences).toMatchObject({
      devTools: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
  })

  it('removes the menu and shows itself only on ready-to-show', () => {
    const window = createKioskWindow(FakeWindowCtor, { preloadPath: '/p.cjs', devMode: false })
    const fake = FakeBrowserWindow.created.at(-1)
    expect(fake).toBe(window)
    expect(fake?.menuRemoved).toBe(true)
    expect(fake?.shown).toBe(false)
    fake?.emit('ready-to-show')
    expect(fake?.shown).toBe(true)
  })
})

describe('the kiosk window while its page loads', () => {
  it('has the page’s own background colour, so a reload after a crash shows no flash', () => {
    const css = readFileSync(
      resolve(import.meta.dirname, '../../renderer/styles/global.css'),
      'utf8',
    )
    const pageBackground = css.match(/:root\s*{[^}]*--bg:\s*(#[0-9a-f]{6})/i)?.[1]
    expect(pageBackground).toBeDefined()
    const options = kioskWindowOptions({ preloadPath: '/p.cjs', devMode: false })
    expect(options.backgroundColor?.toLowerCase()).toBe(pageBackground?.toLowerCase())
  })
})
