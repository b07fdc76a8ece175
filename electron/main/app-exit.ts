import type { App } from 'electron'

import type { AuditLog } from './audit/audit-event'
import { clearAllClipboards, type KioskClipboards } from './wipe/clipboards'

/**
 * How the kiosk ends: with its last window (audited, then the app quits), and never leaving a
 * patient's copied text behind: the clipboard outlives the app, so it is cleared on the way out.
 */
export function endWithTheWindow(
  app: Pick<App, 'on' | 'quit'>,
  deps: { readonly audit: AuditLog; readonly clipboard: KioskClipboards },
): void {
  app.on('window-all-closed', () => {
    deps.audit.record('app-stop', { reason: 'window-closed' })
    app.quit()
  })
  app.on('will-quit', () => clearAllClipboards(deps.clipboard))
}

/** Staff's "Exit kiosk": audited, then the same flushed quit as every other. */
export function staffExit(audit: AuditLog, quitFor: (reason: 'staff-exit') => void): () => void {
  return () => {
    audit.record('app-stop', { reason: 'staff-exit' })
    quitFor('staff-exit')
  }
}
