import type { IpcRouter } from './ipc-router'

export interface KioskInfoDeps {
  readonly appVersion: string
}

export function registerKioskInfoIpc(router: IpcRouter, { appVersion }: KioskInfoDeps): void {
  router.handle('kiosk:get-info', () => ({ appVersion, runtime: 'electron' }))
}
