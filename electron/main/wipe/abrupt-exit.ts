import type { App, BaseWindow, PowerMonitor } from 'electron'

import type { AuditLog } from '../audit/audit-event'
import { clearAllClipboards, type KioskClipboards } from './clipboards'

export interface AbruptExitDeps {
  /** The kiosk window: `session-end` (Windows) is a window event. */
  readonly window: Pick<BaseWindow, 'on'>
  readonly app: Pick<App, 'on'>
  /** Linux and macOS `shutdown`; available after `ready` only. */
  readonly powerMonitor?: Pick<PowerMonitor, 'on'>
  /** The process's own `uncaughtException` (tests pass a stand-in emitter). */
  readonly process?: Pick<NodeJS.Process, 'on'>
  readonly clipboard: KioskClipboards
  readonly audit: AuditLog
}

/**
 * Ways the kiosk can end that skip `will-quit` (where the clipboards are cleared on a normal
 * quit). Each handler is synchronous and does its work first, because on some of these paths
 * the process is gone as soon as the handler returns:
 * - Windows `session-end` (log off, shutdown, restart): on `WM_ENDSESSION` Electron emits it on
 *   every window and then calls `TerminateCurrentProcessImmediately` unless a quit has already
 *   begun (shell/browser/native_window_views_win.cc; docs/api/base-window.md) — no `before-quit`,
 *   no `will-quit`, no promise ever settles. The clipboard outlives us, so it is cleared now,
 *   and the audit line is a synchronous append (file-audit-log.ts).
 * - `powerMonitor` `shutdown` (Linux via logind, macOS): the system is going down; what follows
 *   depends on how it ends us, so the same work is done up front.
 * - `quit`: also emitted after `app.exit()` (`Browser::Shutdown` notifies `OnQuit`;
 *   shell/browser/browser.cc), which destroys the windows without `before-quit`/`will-quit`.
 * SIGTERM, SIGINT and SIGHUP need nothing here: Electron turns them into a normal `app.quit()`
 * (`InstallShutdownSignalHandlers`, shell/browser/electron_browser_main_parts.cc).
 * A SIGKILL or a power cut cannot be observed: the portal partitions are in memory only, so
 * nothing of a patient is on disk to begin with.
 *
 * Also: an uncaught exception in the main process would make Electron show a native error box
 * with the stack over the lobby screen (lib/browser/init.ts, only while no other listener
 * exists). Ours replaces it with an audit line (the error's name, never its message).
 */
export function wipeBeforeAbruptExit(deps: AbruptExitDeps): void {
  let stopLogged = false
  const wipeNow = (reason: string): void => {
    try {
      clearAllClipboards(deps.clipboard)
    } catch {
      // Nothing more can be done for the clipboard on the way out; the line is still written.
    }
    if (!stopLogged) deps.audit.record('app-stop', { reason })
    stopLogged = true
  }
  deps.window.on('session-end', () => {
    wipeNow('windows-session-end')
  })
  deps.powerMonitor?.on('shutdown', () => {
    wipeNow('system-shutdown')
  })
  deps.app.on('quit', () => {
    clearAllClipboards(deps.clipboard)
  })
  deps.process?.on('uncaughtException', (error: unknown) => {
    deps.audit.record('main-process-error', {
      errorName: error instanceof Error ? error.name : typeof error,
    })
  })
}
