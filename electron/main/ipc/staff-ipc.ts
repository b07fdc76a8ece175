import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { AuditLog } from '../audit/audit-event'
import type { ConfigStore } from '../config/config-store'
import type { SessionController } from '../session/session-controller'
import type { DailyCounters } from '../staff/daily-counters'
import type { ErrorTally } from '../staff/error-tally'
import type { StaffAuth } from '../staff/staff-auth'
import { buildStaffStatus, type StatusProviders } from '../staff/staff-status'
import type { IpcRouter } from './ipc-router'

export interface StaffIpcDeps {
  readonly auth: StaffAuth
  readonly session: SessionController
  readonly config: Pick<ConfigStore, 'status' | 'reload'>
  readonly counters: DailyCounters
  readonly errors: () => ErrorTally
  readonly providers: StatusProviders
  readonly appVersion: string
  readonly audit: AuditLog
  /** Quits the app (app.quit in index.ts); called after the answer has been sent. */
  readonly quit: () => void
  readonly defer?: (task: () => void) => void
}

/**
 * The staff panel's channels. Every action but get-access / unlock / lock first asks
 * `auth.requireUnlocked()`, which refuses with `staff-locked` — the UI hiding a button is not
 * the protection, main is. Each action is logged by name, never with data.
 */
export function registerStaffIpc(router: IpcRouter, deps: StaffIpcDeps): void {
  const { auth, session, config, audit } = deps
  const defer = deps.defer ?? ((task) => void setTimeout(task, 100))
  let assistedMode = false
  // Assisted mode belongs to one patient: it ends with their session, like in the controller.
  session.onSessionEnded(() => {
    assistedMode = false
  })
  session.onSessionEnded((summary) => deps.counters.record(summary))

  router.handle('staff:get-access', () => auth.access())
  router.handle('staff:unlock', ({ pin }) => auth.unlock(pin))
  router.handle('staff:lock', () => {
    auth.lock('staff')
    return null
  })
  router.handle('staff:get-status', () => {
    auth.requireUnlocked()
    const access = auth.access()
    return buildStaffStatus({
      appVersion: deps.appVersion,
      config: () => config.status(),
      counters: deps.counters,
      providers: deps.providers,
      errors: deps.errors,
      assistedMode: () => assistedMode,
      unlockExpiresAt: () => (access.access === 'unlocked' ? access.expiresAt : 0),
    })
  })
  router.handle('staff:reset-session', async () => {
    auth.requireUnlocked()
    const view = await session.end('staff-reset')
    audit.record('staff-action', { action: 'reset-session', outcome: view.phase })
    return view
  })
  router.handle('staff:set-assisted', ({ on }) => {
    auth.requireUnlocked()
    const phase = session.view().phase
    // Only a patient's running session can be assisted; on the welcome screen it would leak
    // into the next person's session.
    const applies = !on || phase === 'active' || phase === 'warning'
    const action = on ? 'assisted-on' : 'assisted-off'
    if (!applies) {
      audit.record('staff-action', { action, outcome: 'no-session' })
      throw new IpcRejection('no-session')
    }
    session.setAssistedMode(on)
    assistedMode = on
    audit.record('staff-action', { action, outcome: 'done' })
    return { assistedMode }
  })
  router.handle('staff:reload-config', async () => {
    auth.requireUnlocked()
    // The next patient gets the new configuration; the current one is wiped, never carried over.
    const phase = session.view().phase
    if (phase === 'active' || phase === 'warning') await session.end('staff-reset')
    const status = await config.reload()
    audit.record('staff-action', { action: 'reload-config', outcome: status.state })
    return status
  })
  router.handle('staff:exit', () => {
    auth.requireUnlocked()
    audit.record('staff-action', { action: 'exit', outcome: 'quitting' })
    defer(deps.quit)
    return null
  })
}
