// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { buildStaffStatus } from '../../../electron/main/staff/staff-status'
import { staffStatusSchema } from '../../../shared/ipc/staff-channels'

const sources = {
  appVersion: '1.0.0',
  config: () => ({
    state: 'ok' as const,
    source: { kind: 'embedded' as const },
    problems: [],
  }),
  counters: {
    today: () => ({
      date: '2026-12-02',
      sessions: 0,
      completedHandOffs: 0,
      timeouts: 0,
      finishedOnOwnPhone: 0,
      byPortal: {},
      byLanguage: {},
    }),
  },
  errors: () => ({ count: 0, recent: [] }),
  assistedMode: () => false,
  unlockExpiresAt: () => 0,
}

describe('the staff status carries the shell’s restart policy and blocked page parts', () => {
  it('passes through the response schema (which strips anything it does not list)', () => {
    const shell = {
      dailyRestartHour: null,
      restartAfterSessions: 100,
      sessionsSinceStart: 7,
      blockedFrames: [{ origin: 'https://www.google.com', count: 3 }],
    }
    const status = buildStaffStatus({ ...sources, providers: { shell: () => shell } })
    expect(staffStatusSchema.parse(status).shell).toEqual(shell)
  })

  it('is simply absent where main does not report it', () => {
    const status = buildStaffStatus({ ...sources, providers: {} })
    expect(staffStatusSchema.parse(status).shell).toBeUndefined()
  })
})
