// @vitest-environment node
import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import { denyAllPermissions } from '../../electron/main/permissions'
import { asElectron, FakeSession } from './fakes/fake-electron'

const everyPermission = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
]

describe('denyAllPermissions', () => {
  const session = new FakeSession()
  denyAllPermissions(asElectron<Session>(session))

  it.each(everyPermission)('denies a request for %s', (permission) => {
    const callback = vi.fn()
    session.permissionRequestHandler?.({}, permission, callback, {})
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it.each(everyPermission)('answers a check for %s with false', (permission) => {
    expect(session.permissionCheckHandler?.({}, permission, 'app://kiosk', {})).toBe(false)
  })

  it('denies HID, serial and USB devices', () => {
    for (const deviceType of ['hid', 'serial', 'usb'])
      expect(session.devicePermissionHandler?.({ deviceType })).toBe(false)
  })

  it('denies screen capture', () => {
    const callback = vi.fn()
    session.displayMediaRequestHandler?.({}, callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith(null)
  })
})
