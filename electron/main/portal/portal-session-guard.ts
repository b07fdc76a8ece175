import type { App, Session } from 'electron'

import { denyAllPermissions } from '../permissions'

export type PortalSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'on'
>

/**
 * Locks a fresh portal partition before anything loads in it: every permission request, check
 * and device request is denied, and downloads are cancelled (a shared kiosk must not keep a
 * patient's files).
 */
export function lockPortalSession(session: PortalSession): void {
  denyAllPermissions(session)
  session.on('will-download', (event, item) => {
    event.preventDefault()
    item.cancel()
  })
}

/**
 * App-wide: a certificate the system does not trust is never accepted, for any webContents.
 * (Electron's default already refuses; this makes it explicit and impossible to loosen by
 * accident elsewhere.)
 */
export function refuseUntrustedCertificates(app: Pick<App, 'on'>): void {
  app.on('certificate-error', (event, _contents, _url, _error, _certificate, callback) => {
    event.preventDefault()
    callback(false)
  })
}
