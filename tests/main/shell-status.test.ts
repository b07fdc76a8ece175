// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { shellStatusFrom } from '../../electron/main/shell-status'
import { defaultConfig } from '../../shared/config/default-config'
import { DEFAULT_RESTART_SESSIONS, type KioskConfig } from '../../shared/config/kiosk-config'
import { shellStatusSchema } from '../../shared/ipc/shell-status'

describe("the main process's health for the staff panel", () => {
  it('reports the restart policy in force, patients served and the blocked page parts', () => {
    let ended = 3
    const config: KioskConfig = { ...defaultConfig, dailyRestartHour: 4, restartAfterSessions: 25 }
    const status = shellStatusFrom({
      config: () => config,
      sessionLimit: { sessionsEnded: () => ended },
      blockedFrames: { today: () => [{ origin: 'https://ads.example', count: 2 }] },
    })
    expect(status()).toEqual({
      dailyRestartHour: 4,
      restartAfterSessions: 25,
      sessionsSinceStart: 3,
      blockedFrames: [{ origin: 'https://ads.example', count: 2 }],
    })
    ended = 4
    expect(status().sessionsSinceStart).toBe(4)
    expect(shellStatusSchema.safeParse(status()).success).toBe(true)
  })

  it('reports no daily restart and the default session limit while no configuration is in force', () => {
    const status = shellStatusFrom({
      config: () => null,
      sessionLimit: { sessionsEnded: () => 0 },
      blockedFrames: { today: () => [] },
    })
    expect(status()).toEqual({
      dailyRestartHour: null,
      restartAfterSessions: DEFAULT_RESTART_SESSIONS,
      sessionsSinceStart: 0,
      blockedFrames: [],
    })
  })
})
