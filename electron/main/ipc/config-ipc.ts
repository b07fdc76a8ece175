import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import type { IpcRouter } from './ipc-router'

export interface ConfigIpcDeps {
  /** The configuration in force now (it can be reloaded by staff). */
  readonly currentConfig: () => KioskConfig
}

export function registerConfigIpc(router: IpcRouter, { currentConfig }: ConfigIpcDeps): void {
  router.handle('config:get-public', () => toPublicConfig(currentConfig()))
}
