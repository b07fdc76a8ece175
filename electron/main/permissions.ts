import type { Session } from 'electron'

/**
 * Deny-by-default for everything a page can ask the browser for: camera, microphone,
 * geolocation, notifications, clipboard reads, HID/USB/serial devices, screen capture...
 * Nothing in the kiosk needs any of them, and the portal page is third-party content.
 */
export function denyAllPermissions(
  session: Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'setDisplayMediaRequestHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
}
