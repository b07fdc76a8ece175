// @vitest-environment node
import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import { createUiOrigin } from '../../electron/main/ui-origin'
import { denyAllNavigation, installWebContentsGuard } from '../../electron/main/web-contents-guard'
import { asElectron, FakeApp, fakeEvent } from './fakes/fake-electron'

function setup() {
  const app = new FakeApp()
  const ui = createUiOrigin()
  const onNavigationBlocked = vi.fn()
  let uiId = -1
  installWebContentsGuard(asElectron<Pick<App, 'on'>>(app), {
    navigationRuleFor: (contents) => (contents.id === uiId ? ui.isUiUrl : denyAllNavigation),
    onNavigationBlocked,
  })
  const uiContents = app.createWebContents()
  uiId = uiContents.id
  return { app, uiContents, onNavigationBlocked }
}

describe('the web-contents guard (applied to every webContents)', () => {
  it('denies <webview> attachment', () => {
    const { uiContents } = setup()
    const event = fakeEvent()
    uiContents.emit('will-attach-webview', event, {}, {})
    expect(event.defaultPrevented).toBe(true)
  })

  it('denies window.open and target=_blank', () => {
    const { app } = setup()
    const contents = app.createWebContents()
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
  })

  it.each([
    ['will-navigate', 'navigate'],
    ['will-frame-navigate', 'frame'],
    ['will-redirect', 'redirect'],
  ])('blocks %s away from our UI and reports it', (name, kind) => {
    const { uiContents, onNavigationBlocked } = setup()
    const away = fakeEvent({ url: 'https://evil.example/phish?name=x', isMainFrame: true })
    uiContents.emit(name, away)
    expect(away.defaultPrevented).toBe(true)
    expect(onNavigationBlocked).toHaveBeenCalledWith(
      uiContents,
      'https://evil.example/phish?name=x',
      kind,
    )

    const inside = fakeEvent({ url: 'app://kiosk/index.html' })
    uiContents.emit(name, inside)
    expect(inside.defaultPrevented).toBe(false)
  })

  it('labels subframe navigations and redirects as such', () => {
    const { uiContents, onNavigationBlocked } = setup()
    uiContents.emit(
      'will-frame-navigate',
      fakeEvent({ url: 'https://ads.example/', isMainFrame: false }),
    )
    uiContents.emit(
      'will-redirect',
      fakeEvent({ url: 'https://ads.example/r', isMainFrame: false }),
    )
    expect(onNavigationBlocked.mock.calls.map((call) => call[2])).toEqual(['subframe', 'subframe'])
  })

  it('reports a denied window.open to a foreign address', () => {
    const { uiContents, onNavigationBlocked } = setup()
    expect(uiContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
    expect(onNavigationBlocked).toHaveBeenCalledWith(
      uiContents,
      'https://evil.example/',
      'new-window',
    )
  })

  it('lets a webContents nobody claimed navigate nowhere', () => {
    const { app } = setup()
    const stray = app.createWebContents()
    const event = fakeEvent({ url: 'app://kiosk/index.html' })
    stray.emit('will-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('denies every permission request, check and device on the webContents session', () => {
    const { uiContents } = setup()
    const granted = vi.fn()
    uiContents.session.permissionRequestHandler?.({}, 'media', granted, {})
    expect(granted).toHaveBeenCalledWith(false)
    expect(uiContents.session.permissionCheckHandler?.({}, 'geolocation', 'app://kiosk', {})).toBe(
      false,
    )
    expect(uiContents.session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
  })
})
