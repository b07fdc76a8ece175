import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import type { ConfigStatusView } from '../../../shared/ipc/config-channels'
import type { AuditLog } from '../audit/audit-event'
import type { LoadedLogo } from './clinic-logo-file'
import type { ConfigLoad } from './load-config'

/** What staff (and the "not configured" screen) are told about the configuration in force. */
export type ConfigStatus = ConfigStatusView

export interface ConfigStore {
  /** The configuration in force, or null while the file is invalid (the kiosk is locked). */
  current(): KioskConfig | null
  /** The clinic logo read with the configuration in force, or null (none, or locked). */
  logo(): LoadedLogo | null
  /** The logo file the last-read configuration names (even when it failed its checks), or null. */
  logoPath(): string | null
  status(): ConfigStatus
  /** Runs the loader again (start-up, staff "Reload config", "Check again"). */
  reload(): Promise<ConfigStatus>
  /**
   * Loads, then puts the result in force only if `stillApplies()` is true once the file has been
   * read (live reload: a patient may have started meanwhile). Null when it was not applied.
   */
  reloadIf(stillApplies: () => boolean): Promise<ConfigStatus | null>
  /** Called after every reload, valid or not. */
  subscribe(listener: (status: ConfigStatus) => void): () => void
}

export interface ConfigStoreDeps {
  readonly load: () => Promise<ConfigLoad>
  readonly audit: AuditLog
}

/** Most problems written into one audit record (a broken file can produce hundreds). */
const MAX_LOGGED_PROBLEMS = 50

/**
 * Holds the loaded configuration. Before the first `reload()` it reports "invalid" with no
 * problems, so nothing can start a patient session on a configuration nobody has checked.
 */
export function createConfigStore({ load, audit }: ConfigStoreDeps): ConfigStore {
  let loaded: ConfigLoad = { ok: false, source: { kind: 'embedded' }, problems: [] }
  const listeners = new Set<(status: ConfigStatus) => void>()
  const status = (): ConfigStatus => ({
    state: loaded.ok ? 'ok' : 'invalid',
    source: { ...loaded.source },
    ...(loaded.sha256 === undefined ? {} : { sha256: loaded.sha256 }),
    problems: loaded.ok ? [] : loaded.problems.map((problem) => ({ ...problem })),
    ...(loaded.ok ? { unverified: unverifiedItems(loaded.config) } : {}),
  })
  // One load at a time, in the order asked: a staff reload and a live reload running together
  // would otherwise commit in the order they finish, and an older read could win.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
  return {
    current: () => (loaded.ok ? loaded.config : null),
    logo: () => (loaded.ok ? (loaded.logo ?? null) : null),
    logoPath: () => loaded.logoPath ?? null,
    status,
    reload: () => serial(async () => commit(await load())),
    reloadIf: (stillApplies) =>
      serial(async () => {
        const next = await load()
        return stillApplies() ? commit(next) : null
      }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }

  function commit(next: ConfigLoad): ConfigStatus {
    loaded = next
    const where = {
      source: loaded.source.kind,
      path: loaded.source.path ?? null,
      sha256: loaded.sha256 ?? null,
    }
    if (loaded.ok) audit.record('config-loaded', where)
    else
      audit.record('config-invalid', {
        ...where,
        problems: loaded.problems
          .slice(0, MAX_LOGGED_PROBLEMS)
          .map((problem) => `${problem.path}: ${problem.message}`),
      })
    const after = status()
    for (const listener of listeners) listener(after)
    return after
  }
}
