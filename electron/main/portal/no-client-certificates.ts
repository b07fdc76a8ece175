import type { App } from 'electron'

import type { AuditLog } from '../audit/audit-event'

export interface ClientCertificateRefusals {
  /** Requests refused since the process started (staff panel). */
  count(): number
}

/**
 * No page ever gets a client certificate from this device. When a server asks for one (TLS
 * client authentication: smart-card logins, some identity providers), Electron emits
 * `select-client-certificate` and, unless a listener prevents the default, answers with the
 * **first certificate of the OS store** (`App::SelectClientCertificate`,
 * shell/browser/api/electron_api_app.cc) — on a clinic machine that can be the clinic's or a
 * staff member's certificate, smart cards included. We prevent the default and call back with
 * nothing, which Electron turns into `ContinueWithCertificate(nullptr, nullptr)`
 * (`OnClientCertificateSelected`, same file): the handshake goes on without a certificate and
 * the server decides (usually an error page, which the portal view shows calmly).
 * Logged with the server's host only (Electron passes `host:port`, never a path); never the
 * certificates offered, whose subjects name people.
 */
export function refuseClientCertificates(
  app: Pick<App, 'on'>,
  audit: AuditLog,
): ClientCertificateRefusals {
  let refused = 0
  app.on('select-client-certificate', (event, _contents, hostAndPort, _list, callback) => {
    event.preventDefault()
    callback()
    refused += 1
    audit.record('client-certificate-refused', { host: hostOnly(hostAndPort) })
  })
  return { count: () => refused }
}

/** `host:port` (or `[v6]:port`) → the host; anything unexpected is reported as such. */
function hostOnly(hostAndPort: string): string {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d+)?$/i.exec(hostAndPort)
  return match?.[1]?.toLowerCase() ?? 'unparseable'
}
