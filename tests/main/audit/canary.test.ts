// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createFileAuditLog } from '../../../electron/main/audit/file-audit-log'
import { prefillActivePortal } from '../../../electron/main/portal/portal-prefill'
import { fakeEvent } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

/** Values a patient could enter, each unique so any leak is unmistakable. */
const canaries = {
  activationCode: 'ZQXJK-73915-WPLMV',
  firstName: 'Canaryfirst',
  lastName: 'Canarylast',
  dateOfBirth: '1961-04-17',
  email: 'canary.mail@example.org',
  mayoClinicNumber: '55-512-349',
}

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-canary-'))
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

function logLines(): string[] {
  return readdirSync(dir).flatMap((name) =>
    readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean),
  )
}

describe('the audit log never receives what a patient entered', () => {
  it('a whole session with canary values leaves no canary in any log line', async () => {
    const audit = createFileAuditLog({ dir, retentionDays: 30 })
    const kiosk = createKioskHarness({ audit })
    const all = Object.values(canaries)

    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    const view = kiosk.currentView()
    if (view === undefined) throw new Error('no portal view')
    const contents = view.webContents
    contents.emit('did-finish-load')

    // Typing and keys through the IPC router, as the on-screen keyboard does.
    for (const value of all) await kiosk.invoke('portal:type-text', { text: value })
    await kiosk.invoke('portal:press-key', { key: 'Tab' })
    // Malformed requests carrying canaries (too long, extra fields, wrong channel shape).
    await kiosk.invoke('portal:type-text', { text: canaries.email.repeat(20) })
    await kiosk.invoke('portal:type-text', { text: 'x', firstName: canaries.firstName })
    await kiosk.invoke('session:start', { language: canaries.lastName })
    // Pre-fill from the activation details.
    await prefillActivePortal(
      {
        contents: () => kiosk.portal.contents(),
        activeProfile: () => ({
          prefillSelectors: { activationCode: '#code', firstName: '#first', email: '#email' },
        }),
      },
      canaries,
    )
    // The page wanders off with personal data in the path, query, fragment and userinfo.
    const leakyUrl = `https://${canaries.firstName}:${canaries.dateOfBirth}@evil.example/u/${canaries.lastName}?code=${canaries.activationCode}#${canaries.email}`
    contents.emit('will-navigate', fakeEvent({ url: leakyUrl, isMainFrame: true }))
    contents.emit('will-redirect', fakeEvent({ url: leakyUrl, isMainFrame: true }))
    contents.emit('will-frame-navigate', fakeEvent({ url: leakyUrl, isMainFrame: false }))
    contents.windowOpenHandler?.({ url: leakyUrl })
    contents.emit(
      'did-fail-load',
      fakeEvent(),
      -105,
      'ERR_NAME_NOT_RESOLVED',
      `https://onlineservices.mayoclinic.org/x?mcn=${canaries.mayoClinicNumber}`,
      true,
    )
    contents.emit(
      'certificate-error',
      fakeEvent(),
      `https://onlineservices.mayoclinic.org/?email=${canaries.email}`,
      'net::ERR_CERT_INVALID',
      {},
      () => undefined,
      true,
    )
    kiosk.clipboard.text = canaries.activationCode
    await vi.advanceTimersByTimeAsync(90_000)
    await kiosk.invoke('session:more-time', {})
    await kiosk.invoke('session:end', { reason: 'patient-done' })

    const lines = logLines()
    // The log did record the session: this test would be empty otherwise.
    const events = lines.map((line) => (JSON.parse(line) as { event: string }).event)
    expect(events).toEqual(
      expect.arrayContaining([
        'session-start',
        'navigation-blocked',
        'portal-load-failed',
        'portal-certificate-refused',
        'ipc-rejected',
        'session-end',
        'wipe-finished',
      ]),
    )
    for (const line of lines) {
      for (const canary of all) expect(line.toLowerCase()).not.toContain(canary.toLowerCase())
    }
    // And the values really did pass through the modules under test.
    expect(contents.inserted).toEqual(all)
    expect(contents.isolatedScripts[0]?.code).toContain(canaries.firstName)
  })
})
