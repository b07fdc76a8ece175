import type { App, Session } from 'electron'

import { denyAllPermissions } from '../permissions'
import { rewritePortalResponses } from './portal-response-headers'

export type PortalSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'on'
  | 'webRequest'
>

export interface PortalSessionHooks {
  /** A download was refused (every PDF becomes one: see portal-response-headers). */
  readonly onDownloadRefused?: (download: { readonly url: string }) => void
}

/**
 * Locks a fresh portal partition before anything loads in it: every permission request, check
 * and device request is denied, downloads are cancelled (a shared kiosk must not keep a
 * patient's files, and an unhandled download opens the native Save As dialog), and every
 * response is rewritten (PDFs become downloads; documents are sandboxed and kept from passkeys
 * and Picture-in-Picture: portal-response-headers).
 */
export function lockPortalSession(session: PortalSession, hooks: PortalSessionHooks = {}): void {
  denyAllPermissions(session)
  rewritePortalResponses(session)
  session.on('will-download', (event, item) => {
    event.preventDefault()
    item.cancel()
    hooks.onDownloadRefused?.({ url: item.getURL() })
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
