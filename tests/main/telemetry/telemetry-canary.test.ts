// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'

import type { AuditLog } from '../../../electron/main/audit/audit-event'
import { withTelemetry } from '../../../electron/main/telemetry/audit-to-telemetry'
import { createFailureNotice } from '../../../electron/main/telemetry/export-failure-notice'
import {
  createTelemetryRuntime,
  type TelemetryRuntime,
} from '../../../electron/main/telemetry/otel-runtime'
import { prefillActivePortal } from '../../../electron/main/portal/portal-prefill'
import { telemetrySchema } from '../../../shared/config/telemetry-config'
import { fakeEvent } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { createKioskHarness } from '../support/kiosk-harness'
import { latest, logEvents, startOtlpReceiver, type OtlpReceiver } from './otlp-receiver'

/** Values a patient could enter, each unique so any leak is unmistakable. */
const canaries = {
  activationCode: 'ZQXJK-73915-WPLMV',
  firstName: 'Canaryfirst',
  lastName: 'Canarylast',
  dateOfBirth: '1961-04-17',
  email: 'canary.mail@example.org',
  mayoClinicNumber: '55-512-349',
}
const all = Object.values(canaries)

let receiver: OtlpReceiver | null = null
let runtime: TelemetryRuntime | null = null
afterEach(async () => {
  await runtime?.shutdown()
  await receiver?.close()
})

async function telemetryKiosk() {
  receiver = await startOtlpReceiver()
  runtime = createTelemetryRuntime({
    config: telemetrySchema.parse({ endpoint: receiver.endpoint, kioskId: 'k1', site: 's1' }),
    appVersion: '1.0.0',
    phase: () => 'attract',
    portalIds: () => ['mayo-clinic', 'mayo-clinic-health-system'],
    clock: Date.now,
    startedAt: Date.now(),
    notice: createFailureNotice(Date.now, () => undefined),
  })
  const current = runtime
  const audit: AuditLog = withTelemetry(createRecordingAuditLog(), () => current)
  return { receiver, runtime: current, audit }
}

/** Everything the collector received, as bytes and as decoded JSON. */
function everything(received: OtlpReceiver): string {
  return received.received
    .map((request) => request.raw.toString('latin1') + JSON.stringify(request.decoded))
    .join('\n')
    .toLowerCase()
}

describe('telemetry never carries what a patient entered (canary)', () => {
  it('a whole session with canary values leaves no canary in anything exported', async () => {
    const t = await telemetryKiosk()
    const kiosk = createKioskHarness({ audit: t.audit })
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    const contents = kiosk.currentView()?.webContents
    if (contents === undefined) throw new Error('no portal view')
    contents.emit('did-finish-load')
    for (const value of all) await kiosk.invoke('portal:type-text', { text: value })
    await kiosk.invoke('portal:type-text', { text: 'x', firstName: canaries.firstName })
    await kiosk.invoke('session:start', { language: canaries.lastName })
    await prefillActivePortal(
      {
        contents: () => kiosk.portal.contents(),
        activeProfile: () => ({ prefillSelectors: { activationCode: '#code', email: '#email' } }),
      },
      canaries,
    )
    // The page wanders off with personal data in the path, query, fragment and user info.
    const leakyUrl = `https://${canaries.firstName}:${canaries.dateOfBirth}@evil.example/u/${canaries.lastName}?code=${canaries.activationCode}#${canaries.email}`
    contents.emit('will-navigate', fakeEvent({ url: leakyUrl, isMainFrame: true }))
    contents.emit('will-frame-navigate', fakeEvent({ url: leakyUrl, isMainFrame: false }))
    contents.windowOpenHandler?.({ url: leakyUrl })
    t.audit.record('staff-action', { action: 'help-requested', outcome: 'noted' })
    await kiosk.invoke('session:end', { reason: 'patient-done' })

    // A future caller that puts a value where an enum or origin belongs: the allowlist holds.
    t.audit.record('session-start', {
      sessionId: canaries.email,
      language: canaries.firstName,
      assisted: false,
    })
    t.audit.record('session-end', {
      sessionId: canaries.activationCode,
      cause: canaries.lastName,
      durationMs: 1,
      stepsReached: ['started'],
      portalId: canaries.mayoClinicNumber,
      language: canaries.dateOfBirth,
      extensionsUsed: 0,
    })
    t.audit.record('navigation-blocked', { origin: leakyUrl, view: 'portal', kind: 'navigate' })
    await t.runtime.flush()

    // The export did carry the session: this test would be empty otherwise.
    expect(latest(t.receiver, 'kiosk.sessions.started').length).toBeGreaterThan(0)
    expect(
      latest(t.receiver, 'kiosk.navigation.blocked').map(
        (p) => p.attributes['kiosk.navigation.origin'],
      ),
    ).toEqual(expect.arrayContaining(['https://evil.example', 'other']))
    expect(latest(t.receiver, 'kiosk.sessions.ended').map((p) => p.attributes)).toContainEqual({
      'kiosk.portal': 'other',
      'kiosk.language': 'other',
      'kiosk.end_cause': 'other',
      'kiosk.handed_off': 'false',
    })
    expect(logEvents(t.receiver).length).toBeGreaterThan(0)
    const exported = everything(t.receiver)
    for (const canary of all) expect(exported).not.toContain(canary.toLowerCase())
    expect(exported).not.toContain('/u/')
    // And the values really did pass through the modules under test.
    expect(contents.inserted).toEqual(all)
  })
})
