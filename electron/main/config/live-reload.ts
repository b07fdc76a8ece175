import type { SessionTimers } from '../../../shared/session/session-runner'
import type { SessionState } from '../../../shared/session/session-state'
import type { AuditLog } from '../audit/audit-event'
import { SIGNATURE_SUFFIX } from './config-signature'
import { findConfigCandidate, type ConfigLocationInputs } from './config-source'
import { watchConfigFiles } from './config-file-watcher'
import type { ConfigStore } from './config-store'

/** No patient's screens are up and no wipe is running: a new configuration may take over. */
export const isBetweenPatients = (phase: SessionState['phase']): boolean =>
  phase === 'attract' || phase === 'config-error' || phase === 'out-of-order'

export interface LiveReloadDeps {
  readonly config: Pick<ConfigStore, 'reloadIf' | 'logoPath'>
  readonly phase: () => SessionState['phase']
  /** Called with a listener for every session change (SessionController.subscribe). */
  readonly onSessionChange: (listener: () => void) => () => void
  readonly audit: AuditLog
}

export interface LiveReload {
  /** The file watcher saw a change. */
  fileChanged(): void
  /** Resolves once no reload is running (for tests and shutdown). */
  idle(): Promise<void>
  stop(): void
}

/**
 * Applies a configuration file changed on disk (by Intune, Ansible…) at the next quiet moment:
 * at once while the kiosk shows the welcome screen or is locked, otherwise when the patient's
 * session has ended and been wiped — never in the middle of one. A broken new file goes through
 * the store like any other load, so the kiosk locks with its problems listed; nothing falls back
 * to the previous file silently.
 */
export function reloadBetweenPatients(deps: LiveReloadDeps): LiveReload {
  let pending = false
  let running: Promise<void> = Promise.resolve()
  let busy = false

  const tryApply = (): void => {
    if (!pending || busy || !isBetweenPatients(deps.phase())) return
    pending = false
    busy = true
    running = deps.config
      // A patient may tap Start while the file is read: then it waits for their session's end.
      .reloadIf(() => isBetweenPatients(deps.phase()))
      .then((status) => {
        if (status === null) pending = true
      })
      .catch(() => {
        pending = true
      })
      .finally(() => {
        busy = false
        tryApply()
      })
  }
  const unsubscribe = deps.onSessionChange(tryApply)

  return {
    fileChanged() {
      const now = isBetweenPatients(deps.phase())
      deps.audit.record('config-change-noticed', { appliesAt: now ? 'now' : 'after-session' })
      pending = true
      tryApply()
    },
    async idle() {
      while (busy) await running
    },
    stop: unsubscribe,
  }
}

/**
 * The files whose change means "load again": the configuration file the loader would read (even
 * while it does not exist, so placing one is noticed), its signature, the signing key, and the
 * clinic logo the configuration last read names — so a logo replaced without its new sha256
 * locks the kiosk now, at the next quiet moment, not at the next restart weeks later; and
 * fixing it unlocks.
 */
export function watchedConfigPaths(
  location: ConfigLocationInputs,
  publicKeyPath: string | undefined,
  config: Pick<ConfigStore, 'logoPath'>,
): () => string[] {
  const candidate = findConfigCandidate(location)
  const files = 'path' in candidate ? [candidate.path, candidate.path + SIGNATURE_SUFFIX] : []
  const fixed = publicKeyPath === undefined ? files : [...files, publicKeyPath]
  return () => {
    const logo = config.logoPath()
    return logo === null ? fixed : [...fixed, logo]
  }
}

/** index.ts: watch the files and reload between patients. Returns a function that stops both. */
export function startLiveReload(
  deps: LiveReloadDeps & {
    readonly location: ConfigLocationInputs
    readonly publicKeyPath?: string
    readonly timers: SessionTimers
  },
): () => void {
  const live = reloadBetweenPatients(deps)
  const watcher = watchConfigFiles({
    paths: watchedConfigPaths(deps.location, deps.publicKeyPath, deps.config),
    timers: deps.timers,
    onChange: () => live.fileChanged(),
  })
  return () => {
    watcher.stop()
    live.stop()
  }
}
