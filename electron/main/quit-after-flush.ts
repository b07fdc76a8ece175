import type { App } from 'electron'

import type { SessionTimers } from '../../shared/session/session-runner'
import type { AuditLog } from './audit/audit-event'

/** How long a quit waits for telemetry at most: a dead collector never keeps the kiosk up. */
const QUIT_FLUSH_TIMEOUT_MS = 2_000

export interface QuitAfterFlushDeps {
  readonly app: Pick<App, 'on' | 'quit'>
  /** Who may end the app (window-close-guard.ts): every quit path sets it first. */
  readonly permission: { allow(why: string): void; mayClose(): boolean }
  readonly audit: AuditLog
  /** Telemetry's shutdown: exports the points and alerts still batched since the last export. */
  readonly flush: () => Promise<void>
  readonly timers: SessionTimers
  readonly flushTimeoutMs?: number
}

/**
 * Every way the kiosk ends (a planned restart, staff "Exit kiosk", a window closing, the OS
 * quitting it) goes through `before-quit` (docs/api/app.md: `app.quit()` emits it first, and
 * `preventDefault()` stops the quit). The first one is held back until telemetry has flushed
 * (bounded), then the app quits again for real, so `will-quit` (the clipboard clearing) still
 * runs. Without this, each restart dropped the counts recorded since the last periodic export.
 * Returns `quitFor(reason)`, the quit our own code uses. Windows does not emit `before-quit` on
 * a system shutdown or logout (docs/api/app.md); nothing can be flushed there.
 */
export function quitAfterFlush(deps: QuitAfterFlushDeps): (reason: string) => void {
  let state: 'running' | 'flushing' | 'flushed' = 'running'
  const flushThenQuit = (): void => {
    if (state !== 'running') return
    state = 'flushing'
    let handle: unknown = null
    const timeout = new Promise<void>((resolve) => {
      handle = deps.timers.set(resolve, deps.flushTimeoutMs ?? QUIT_FLUSH_TIMEOUT_MS)
    })
    void Promise.race([deps.flush().catch(() => undefined), timeout]).then(() => {
      deps.timers.clear(handle)
      state = 'flushed'
      deps.app.quit()
    })
  }
  deps.app.on('before-quit', (event) => {
    if (!deps.permission.mayClose()) {
      // Not ours: a shutdown or `systemctl stop`. Let it through, and say so in the log.
      deps.permission.allow('os-quit')
      deps.audit.record('app-stop', { reason: 'os-quit' })
    }
    if (state === 'flushed') return
    event.preventDefault()
    flushThenQuit()
  })
  return (reason) => {
    deps.permission.allow(reason)
    deps.app.quit()
  }
}
