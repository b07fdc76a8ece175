import type { WebContents } from 'electron'

import type { KioskConfig } from '../../shared/config/kiosk-config'
import type { SessionPhase } from '../../shared/ipc/session-channels'
import type { ConfigStore } from './config/config-store'
import { applyDevPortalOverride } from './portal/dev-portal-override'
import type { PortalViewManager } from './portal/portal-view'

/**
 * What the early wiring (the audit log, telemetry, the web-contents guard) must be able to ask
 * before it exists: the configuration (loaded after `ready`, and audited while loading), the
 * session's phase, the UI's webContents and the portal view (both created after the guard, so
 * the guard sees them being created). Each answers "not there yet" until main hands it over:
 * no configuration, the "not configured" phase, no UI contents, no portal.
 */
export function createKioskState(inputs: {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly isPackaged: boolean
}) {
  let store: Pick<ConfigStore, 'current'> | null = null
  let session: { phase(): SessionPhase } | null = null
  let uiContentsId: number | null = null
  let portal: PortalViewManager | null = null
  return {
    /** The configuration in force; unpackaged runs may point every portal at a local stand-in. */
    config(): KioskConfig | null {
      const current = store?.current() ?? null
      return current === null
        ? null
        : applyDevPortalOverride(current, inputs.env, inputs.isPackaged)
    },
    attachConfig(config: Pick<ConfigStore, 'current'>): void {
      store = config
    },
    phase: (): SessionPhase => session?.phase() ?? 'config-error',
    attachSession(lifecycle: { phase(): SessionPhase }): void {
      session = lifecycle
    },
    /** The id of the UI's webContents, or -1 (no contents has it) before the window exists. */
    uiContentsId: (): number => uiContentsId ?? -1,
    isUiContents: (contents: Pick<WebContents, 'id'>): boolean => contents.id === uiContentsId,
    attachUiContents(contents: Pick<WebContents, 'id'>): void {
      uiContentsId = contents.id
    },
    portal: (): PortalViewManager | null => portal,
    attachPortal(view: PortalViewManager): void {
      portal = view
    },
  }
}
