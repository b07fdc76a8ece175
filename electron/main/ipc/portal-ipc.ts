import type { ActivationDetails } from '../../../shared/activation/activation-schema'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { pressPortalKey, typeIntoPortal } from '../portal/portal-keys'
import { prefillActivePortal, type PrefillValues } from '../portal/portal-prefill'
import type { PortalViewManager } from '../portal/portal-view'
import type { SessionLifecycle } from '../session/session-controller'
import type { IpcRouter } from './ipc-router'

export interface PortalIpcDeps {
  readonly portal: PortalViewManager
  readonly session: Pick<SessionLifecycle, 'phase' | 'recordActivity' | 'view'>
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
  // The generation whose patient finished the hand-off. Generations only grow (each wipe adds
  // one), so the refusal below ends exactly when that patient's session has been wiped.
  let finishedGeneration: number | null = null
  router.handle('portal:open', ({ portalId, entry }) => {
    if (session.phase() !== 'active') throw new IpcRejection('no-active-session')
    if (finishedGeneration === session.view().generation) throw new IpcRejection('portal-finished')
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
  router.handle('portal:reload', () => {
    if (finishedGeneration === session.view().generation) throw new IpcRejection('portal-finished')
    return portal.reload()
  })
  router.handle('portal:finish', async () => {
    finishedGeneration = session.view().generation
    await portal.close()
    return { state: 'closed' as const }
  })
  router.handle('portal:type-text', async ({ text }) => {
    await typeIntoPortal(portal.contents(), text)
    session.recordActivity()
    return null
  })
  router.handle('portal:press-key', async ({ key }) => {
    await pressPortalKey(portal.contents(), key)
    session.recordActivity()
    return null
  })
  router.handle('portal:prefill', async ({ details }) => {
    if (session.phase() !== 'active') throw new IpcRejection('no-active-session')
    const filled = await prefillActivePortal(portal, toPrefillValues(details))
    session.recordActivity()
    return { filled }
  })
}

/**
 * The checked details as the official form expects them. Dates go as MM/DD/YYYY, the usual
 * format of US portal sign-up forms; the details exist only for this call and are not kept.
 */
export function toPrefillValues(details: ActivationDetails): PrefillValues {
  const date = details.dateOfBirth?.split('-')
  const values: PrefillValues = { activationCode: details.activationCode }
  // A field the patient was not asked for (no selector on the official form) stays out.
  if (details.firstName !== undefined) values.firstName = details.firstName
  if (details.lastName !== undefined) values.lastName = details.lastName
  if (date !== undefined) values.dateOfBirth = `${date[1]}/${date[2]}/${date[0]}`
  if (details.email !== undefined) values.email = details.email
  if (details.mayoClinicNumber !== undefined) values.mayoClinicNumber = details.mayoClinicNumber
  return values
}
