// @vitest-environment node
import type { App } from 'electron'
import { describe, expect, it } from 'vitest'

import { refuseClientCertificates } from '../../../electron/main/portal/no-client-certificates'
import { asElectron, FakeApp, FakeWebContents } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const staffCard = { subjectName: 'CN=Dr Jane Example', data: '-----BEGIN CERTIFICATE-----x' }

describe('client certificates', () => {
  it('unhandled, Electron would hand the server the first certificate of the store', () => {
    const app = new FakeApp()
    expect(app.selectClientCertificate('idp.example.org:443', [staffCard])).toBe(staffCard)
  })

  it('never sends one: the default is prevented and the answer is "no certificate"', () => {
    const app = new FakeApp()
    const audit = createRecordingAuditLog()
    refuseClientCertificates(asElectron<App>(app), audit)
    const page = new FakeWebContents()
    expect(app.selectClientCertificate('idp.example.org:443', [staffCard], page)).toBeNull()
    // Requests from outside any page (net.fetch) arrive with a null webContents: same answer.
    expect(app.selectClientCertificate('login.example.org:8443', [staffCard])).toBeNull()
  })

  it('logs the server host only (no port, no certificate subject) and counts for staff', () => {
    const app = new FakeApp()
    const audit = createRecordingAuditLog()
    const refusals = refuseClientCertificates(asElectron<App>(app), audit)
    expect(refusals.count()).toBe(0)
    app.selectClientCertificate('IdP.Example.org:443', [staffCard])
    app.selectClientCertificate('[::1]:8443', [])
    app.selectClientCertificate('not a host/with path', [staffCard])
    expect(audit.events).toEqual([
      { event: 'client-certificate-refused', fields: { host: 'idp.example.org' } },
      { event: 'client-certificate-refused', fields: { host: '[::1]' } },
      { event: 'client-certificate-refused', fields: { host: 'unparseable' } },
    ])
    expect(JSON.stringify(audit.events)).not.toContain('Jane')
    expect(refusals.count()).toBe(3)
  })
})
