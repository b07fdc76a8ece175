// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { restartAfterSessionLimit } from '../../../electron/main/session/session-limit-restart'
import { defaultConfig } from '../../../shared/config/default-config'
import { parseConfig } from '../../../shared/config/kiosk-config'
import { createKioskHarness } from '../support/kiosk-harness'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function kioskWithLimit(limit: number) {
  const kiosk = createKioskHarness()
  const restart = vi.fn(() => true)
  const bound = restartAfterSessionLimit({ session: kiosk.lifecycle, limit: () => limit, restart })
  return { kiosk, restart, bound }
}

async function onePatient(kiosk: ReturnType<typeof createKioskHarness>) {
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  await kiosk.invoke('session:end', { reason: 'patient-done' })
  await kiosk.lifecycle.settled()
}

describe('restartAfterSessions', () => {
  it('restarts after the Nth session, once the kiosk is back at attract', async () => {
    const { kiosk, restart, bound } = kioskWithLimit(3)
    await onePatient(kiosk)
    await onePatient(kiosk)
    expect(restart).not.toHaveBeenCalled()
    await onePatient(kiosk)
    expect(bound.sessionsEnded()).toBe(3)
    expect(restart).toHaveBeenCalledTimes(1)
    expect(kiosk.lifecycle.phase()).toBe('attract')
  })

  it('never restarts during a session, a wipe or out-of-order', async () => {
    const { kiosk, restart } = kioskWithLimit(1)
    const phases: string[] = []
    restart.mockImplementation(() => {
      phases.push(kiosk.lifecycle.phase())
      return true
    })
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    kiosk.currentView()?.webContents.session.failing.add('clearData')
    await kiosk.invoke('session:end', { reason: 'patient-done' })
    await kiosk.lifecycle.settled()
    expect(kiosk.lifecycle.phase()).toBe('out-of-order')
    expect(restart).not.toHaveBeenCalled()
    await kiosk.lifecycle.end('staff-reset')
    expect(phases).toEqual(['attract'])
  })

  it('the schema: 100 by default, 1 to 1,000; daily restart at 3 unless null opts out', () => {
    expect(defaultConfig.restartAfterSessions).toBe(100)
    expect(defaultConfig.dailyRestartHour).toBe(3)
    const input = JSON.parse(JSON.stringify(defaultConfig)) as Record<string, unknown>
    delete input['dailyRestartHour']
    delete input['restartAfterSessions']
    const parsed = parseConfig(input)
    expect(parsed.ok && parsed.config.dailyRestartHour).toBe(3)
    expect(parsed.ok && parsed.config.restartAfterSessions).toBe(100)
    const optOut = parseConfig({ ...input, dailyRestartHour: null })
    expect(optOut.ok && optOut.config.dailyRestartHour).toBeNull()
    for (const bad of [0, 1001, 2.5]) {
      expect(parseConfig({ ...input, restartAfterSessions: bad }).ok).toBe(false)
    }
  })
})
