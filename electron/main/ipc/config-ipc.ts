import { toPublicConfig } from '../../../shared/config/public-config'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { ConfigStore } from '../config/config-store'
import type { IpcRouter } from './ipc-router'

export interface ConfigIpcDeps {
  /** The configuration in force (reloaded by staff or by "Check again"). */
  readonly config: Pick<ConfigStore, 'current' | 'logo' | 'status' | 'reload'>
  readonly now?: () => number
}

/** "Check again" needs no PIN, so repeated taps re-read the file at most this often. */
export const RECHECK_INTERVAL_MS = 3_000

export function registerConfigIpc(
  router: IpcRouter,
  { config, now = Date.now }: ConfigIpcDeps,
): void {
  let lastRecheck = -Infinity
  router.handle('config:get-public', () => {
    const current = config.current()
    // No fallback to the embedded default: a broken file keeps the kiosk locked.
    if (current === null) throw new IpcRejection('not-configured')
    return toPublicConfig(current, config.logo() ?? undefined)
  })
  router.handle('config:get-status', () => config.status())
  router.handle('config:recheck', () => {
    if (config.status().state === 'ok') throw new IpcRejection('config-ok')
    if (now() - lastRecheck < RECHECK_INTERVAL_MS) return config.status()
    lastRecheck = now()
    return config.reload()
  })
}
