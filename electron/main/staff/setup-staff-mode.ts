import { join } from 'node:path'

import type { AuditLog } from '../audit/audit-event'
import type { ConfigStore } from '../config/config-store'
import { registerStaffIpc } from '../ipc/staff-ipc'
import type { IpcRouter } from '../ipc/ipc-router'
import type { SessionController } from '../session/session-controller'
import { createDailyCounters } from './daily-counters'
import type { ErrorTally } from './error-tally'
import type { StateFileSystem } from './json-state-file'
import { createFileLockoutStore, LOCKOUT_FILE_NAME } from './lockout-store'
import { createStaffAuth } from './staff-auth'
import type { StatusProviders } from './staff-status'

export interface StaffModeDeps {
  readonly router: IpcRouter
  readonly session: SessionController
  readonly config: Pick<ConfigStore, 'current' | 'status' | 'reload' | 'reloadIf'>
  readonly audit: AuditLog
  readonly errors: () => ErrorTally
  readonly providers: StatusProviders
  readonly appVersion: string
  /** Where the lockout and the daily counts are kept (the app's user-data folder). */
  readonly stateDir: string
  readonly fs: StateFileSystem
  readonly quit: () => void
}

/** Staff mode: the PIN check with its persisted lockout, the daily counts and the panel's IPC. */
export function setupStaffMode(deps: StaffModeDeps): void {
  const auth = createStaffAuth({
    // No valid configuration → no PIN → staff mode off (the "not configured" screen has its own
    // "Check again" that needs no PIN).
    pinHash: () => deps.config.current()?.staff.pinHash ?? null,
    store: createFileLockoutStore(deps.fs, join(deps.stateDir, LOCKOUT_FILE_NAME), deps.audit),
    audit: deps.audit,
  })
  registerStaffIpc(deps.router, {
    auth,
    session: deps.session,
    config: deps.config,
    counters: createDailyCounters({ fs: deps.fs, dir: deps.stateDir, audit: deps.audit }),
    errors: deps.errors,
    providers: deps.providers,
    appVersion: deps.appVersion,
    audit: deps.audit,
    quit: deps.quit,
  })
}
