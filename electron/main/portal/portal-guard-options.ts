import type { WebContents } from 'electron'

import { originForDisplay } from '../../../shared/navigation-policy'
import type { AuditLog } from '../audit/audit-event'
import {
  denyAllNavigation,
  type NavigationRule,
  type WebContentsGuardOptions,
} from '../web-contents-guard'
import type { PortalViewManager } from './portal-view'

export interface KioskGuardDeps {
  readonly isUiContents: (contents: WebContents) => boolean
  readonly uiRule: NavigationRule
  /** The portal view manager once it exists (the guard is installed before any window). */
  readonly portal: () => PortalViewManager | null
  readonly audit: AuditLog
}

/**
 * The guard's rules for the kiosk: the UI stays on its own origin, the portal view follows the
 * navigation policy of its profile (blocked pages are shown to the patient as "not part of the
 * portal"), and any other webContents may go nowhere.
 */
export function kioskGuardOptions(deps: KioskGuardDeps): WebContentsGuardOptions {
  return {
    navigationRuleFor: (contents) =>
      deps.isUiContents(contents)
        ? deps.uiRule
        : (deps.portal()?.navigationRuleFor(contents) ?? denyAllNavigation),
    subframeRuleFor: (contents) => deps.portal()?.subframeRuleFor(contents) ?? null,
    loadsAllowedPopupsInPlace: (contents) => deps.portal()?.owns(contents) ?? false,
    onNavigationBlocked: (contents, url, kind) => {
      const portal = deps.portal()
      if (portal !== null && portal.owns(contents)) {
        portal.reportBlocked(url, kind)
        return
      }
      deps.audit.record('navigation-blocked', {
        origin: originForDisplay(url) ?? 'unparseable',
        view: deps.isUiContents(contents) ? 'ui' : 'unknown',
        kind,
      })
    },
  }
}
