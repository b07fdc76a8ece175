import { DEFAULT_RESTART_SESSIONS, type KioskConfig } from '../../shared/config/kiosk-config'
import type { ShellStatus } from '../../shared/ipc/shell-status'
import type { BlockedFrameTally } from './portal/blocked-frame-tally'
import type { SessionLimitRestart } from './session/session-limit-restart'

/**
 * The main process's own health for the staff panel: the restart policy in force (the schema's
 * defaults while no configuration is), patients served by this process, and the parts of
 * official pages blocked today.
 */
export function shellStatusFrom(sources: {
  readonly config: () => KioskConfig | null
  readonly sessionLimit: Pick<SessionLimitRestart, 'sessionsEnded'>
  readonly blockedFrames: Pick<BlockedFrameTally, 'today'>
}): () => ShellStatus {
  return () => {
    const current = sources.config()
    return {
      dailyRestartHour: current === null ? null : current.dailyRestartHour,
      restartAfterSessions: current?.restartAfterSessions ?? DEFAULT_RESTART_SESSIONS,
      sessionsSinceStart: sources.sessionLimit.sessionsEnded(),
      blockedFrames: [...sources.blockedFrames.today()],
    }
  }
}
