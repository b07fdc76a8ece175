import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { pressPortalKey, typeIntoPortal } from '../portal/portal-keys'
import type { PortalViewManager } from '../portal/portal-view'
import type { SessionLifecycle } from '../session/session-controller'
import type { IpcRouter } from './ipc-router'

export interface PortalIpcDeps {
  readonly portal: PortalViewManager
  readonly session: Pick<SessionLifecycle, 'phase' | 'recordActivity'>
  /** The configuration in force; null while it is missing or invalid (no portal opens). */
  readonly currentConfig: () => KioskConfig | null
}

/**
 * The UI drives the portal view: which portal and page, where it sits, retry, and the on-screen
 * keyboard's text and keys. Text is passed straight to the page and never logged or kept.
 */
export function registerPortalIpc(
  router: IpcRouter,
  { portal, session, currentConfig }: PortalIpcDeps,
): void {
  router.handle('portal:open', ({ portalId, entry }) => {
    if (session.phase() !== 'active') throw new IpcRejection('no-active-session')
    const config = currentConfig()
    if (config === null) throw new IpcRejection('not-configured')
    const profile = config.portals.find((candidate) => candidate.id === portalId)
    if (profile === undefined) throw new IpcRejection('unknown-portal')
    return portal.open(profile, entry)
  })
  router.handle('portal:set-bounds', ({ visible, bounds }) => {
    portal.setBounds(visible, bounds)
    return null
  })
  router.handle('portal:reload', () => portal.reload())
  router.handle('portal:type-text', async ({ text }) => {
    await typeIntoPortal(portal.contents(), text)
    session.recordActivity()
    return null
  })
  router.handle('portal:press-key', ({ key }) => {
    pressPortalKey(portal.contents(), key)
    session.recordActivity()
    return null
  })
}
