import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { isPatientPhase } from '../../../shared/session/session-state'
import type { AuditLog } from '../audit/audit-event'
import type { ConfigStore } from '../config/config-store'
import { isBetweenPatients } from '../config/live-reload'
import type { SessionController } from '../session/session-controller'
import type { DailyCounters } from '../staff/daily-counters'
import type { ErrorTally } from '../staff/error-tally'
import type { StaffAuth } from '../staff/staff-auth'
import { buildStaffStatus, type StatusProviders } from '../staff/staff-status'
import type { IpcRouter } from './ipc-router'

export interface StaffIpcDeps {
  readonly auth: StaffAuth
  readonly session: SessionController
  readonly config: Pick<ConfigStore, 'status' | 'reloadIf'>
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
 * The staff panel's channels. Every action but get-access / unlock / lock / request-help first
 * asks `auth.requireUnlocked()`, which refuses with `staff-locked` — the UI hiding a button is
 * not the protection, main is. Each action is logged by name, never with data.
 */
export function registerStaffIpc(router: IpcRouter, deps: StaffIpcDeps): void {
  const { auth, session, config, audit } = deps
  const defer = deps.defer ?? ((task) => void setTimeout(task, 100))
  /** The patient asked for staff help in this session ("Get staff help"). */
  let helpRequested = false
  // A help request belongs to one patient, like assisted mode (which the machine ends itself).
  session.onSessionEnded(() => {
    helpRequested = false
  })
  session.onSessionEnded((summary) => deps.counters.record(summary))
  const inPatientSession = () => isPatientPhase(session.view().phase)
  const assistedMode = () => session.view().assisted === true
  const setAssisted = (on: boolean, outcome: string) => {
    session.setAssistedMode(on)
    audit.record('staff-action', { action: on ? 'assisted-on' : 'assisted-off', outcome })
  }

  router.handle('staff:get-access', () => auth.access())
  router.handle('staff:unlock', async ({ pin }) => {
    const result = await auth.unlock(pin)
    // Staff unlocking after the patient asked for help are there to help: give them time.
    if (result.result === 'unlocked' && helpRequested && !assistedMode() && inPatientSession())
      setAssisted(true, 'help-requested')
    return result
  })
  router.handle('staff:request-help', () => {
    const requested = inPatientSession()
    if (requested) helpRequested = true
    audit.record('staff-action', {
      action: 'help-requested',
      outcome: requested ? 'noted' : 'no-session',
    })
    return { requested }
  })
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
      assistedMode,
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
    // Only a patient's running session can be assisted; on the welcome screen it would leak
    // into the next person's session.
    if (on && !inPatientSession()) {
      audit.record('staff-action', { action: 'assisted-on', outcome: 'no-session' })
      throw new IpcRejection('no-session')
    }
    setAssisted(on, 'done')
    return { assistedMode: assistedMode() }
  })
  router.handle('staff:reload-config', async () => {
    auth.requireUnlocked()
    // The next patient gets the new configuration; the current one is wiped, never carried over.
    if (inPatientSession()) await session.end('staff-reset')
    // Applied only if still between patients once the file has been read (as live reload does):
    // a patient who tapped Start meanwhile keeps the configuration they started with.
    const status = await config.reloadIf(() => isBetweenPatients(session.view().phase))
    if (status === null) {
      audit.record('staff-action', { action: 'reload-config', outcome: 'patient-started' })
      return config.status()
    }
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
