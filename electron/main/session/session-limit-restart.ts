import type { SessionView } from '../../../shared/ipc/session-channels'
import type { SessionController } from './session-controller'

export interface SessionLimitDeps {
  readonly session: Pick<SessionController, 'onSessionEnded' | 'subscribe' | 'view'>
  /** `restartAfterSessions` of the configuration in force; undefined while none is loaded. */
  readonly limit: () => number | undefined
  /** Returns false when the restart could not happen (logged by the restarter). */
  readonly restart: () => boolean
}

export interface SessionLimitRestart {
  /** Sessions ended in this process (for the staff panel). */
  sessionsEnded(): number
  stop(): void
}

/**
 * Electron never frees an in-memory partition (`ElectronBrowserContext` keeps every context
 * until `DestroyAllContexts()` at shutdown, shell/browser/electron_browser_context.cc), and each
 * patient gets a new one, so memory grows with every patient until the process exits. After
 * `restartAfterSessions` sessions the kiosk restarts — only once it is back at `attract` after
 * a verified wipe: never during a session, a wipe, out-of-order (staff must see it) or
 * config-error.
 */
export function restartAfterSessionLimit(deps: SessionLimitDeps): SessionLimitRestart {
  let ended = 0
  let done = false
  const check = (view: SessionView): void => {
    if (done || view.phase !== 'attract') return
    const limit = deps.limit()
    if (limit === undefined || ended < limit) return
    done = true
    // A restart that cannot come back is logged once and not retried after every patient.
    deps.restart()
  }
  const stopEnded = deps.session.onSessionEnded(() => {
    ended += 1
  })
  const stopViews = deps.session.subscribe(check)
  return {
    sessionsEnded: () => ended,
    stop() {
      done = true
      stopEnded()
      stopViews()
    },
  }
}
