import type { PowerSaveBlocker, WebContents } from 'electron'

import { recoveryUrl } from '../../../shared/recovery-screen'
import type { AuditLog } from '../audit/audit-event'
import type { SessionController, SessionEndCause } from '../session/session-controller'
import { pingRenderer, type PingedContents } from './hang-ping'

export type WatchedView = 'ui' | 'portal'

export interface RendererWatchdogDeps {
  readonly session: Pick<SessionController, 'end'>
  readonly audit: AuditLog
  readonly timers: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void }
  /** How long a hung page may stay unresponsive before the session is wiped. */
  readonly graceMs?: number
  /**
   * Also ping the page (hang-ping.ts), for contents that can hang while hidden (the portal):
   * `unresponsive` is only emitted for visible contents.
   */
  readonly ping?: { readonly contents: PingedContents; readonly intervalMs?: number }
}

export const DEFAULT_UNRESPONSIVE_GRACE_MS = 10_000

const crashCause: Readonly<Record<WatchedView, SessionEndCause>> = {
  ui: 'ui-crashed',
  portal: 'portal-crashed',
}
const hangCause: Readonly<Record<WatchedView, SessionEndCause>> = {
  ui: 'ui-unresponsive',
  portal: 'portal-unresponsive',
}

/**
 * A crashed or hung page must never leave a patient's data on screen or strand the kiosk: a
 * crash ends the session at once, a hang after a grace period, and both go through the one
 * verified wipe (which reloads the UI back to the attract screen).
 */
export function watchRenderer(
  contents: Pick<WebContents, 'on'>,
  view: WatchedView,
  deps: RendererWatchdogDeps,
): void {
  const graceMs = deps.graceMs ?? DEFAULT_UNRESPONSIVE_GRACE_MS
  let hangTimer: unknown = null
  const recover = (cause: SessionEndCause): void => {
    void deps.session.end(cause).then(() => {
      deps.audit.record('renderer-recovered', { view, action: 'wiped-and-reloaded' })
    })
  }

  contents.on('render-process-gone', (_event, details) => {
    if (hangTimer !== null) deps.timers.clear(hangTimer)
    hangTimer = null
    deps.audit.record('renderer-gone', {
      view,
      reason: details.reason,
      exitCode: details.exitCode,
    })
    recover(crashCause[view])
  })
  contents.on('unresponsive', () => {
    if (hangTimer !== null) return
    deps.audit.record('renderer-unresponsive', { view, graceMs })
    hangTimer = deps.timers.set(() => {
      hangTimer = null
      recover(hangCause[view])
    }, graceMs)
  })
  contents.on('responsive', () => {
    if (hangTimer === null) return
    deps.timers.clear(hangTimer)
    hangTimer = null
    deps.audit.record('renderer-recovered', { view, action: 'responsive-again' })
  })
  if (deps.ping !== undefined) {
    // The ping's own time-out is the grace: a page that has not answered for that long is hung.
    pingRenderer(
      deps.ping.contents,
      () => {
        if (hangTimer !== null) return // `unresponsive` got there first
        deps.audit.record('renderer-unresponsive', { view, graceMs })
        recover(hangCause[view])
      },
      deps.timers,
      deps.ping.intervalMs,
      graceMs,
    )
  }
}

/** How long to wait for a killed renderer to be reported gone before loading anyway. */
export const RENDERER_GONE_TIMEOUT_MS = 5000

/**
 * Brings the UI back after a crash or hang: a hung renderer is killed first (reload alone would
 * wait on it), then the UI's entry page is loaded fresh. The kill is asynchronous on Linux
 * (`forcefullyCrashRenderer` posts the process termination; docs/api/web-contents.md), so a
 * `loadURL` right after it can land in the dying process and be lost with it: wait for
 * `render-process-gone`, or a time-out, first.
 * The page is loaded at its "One moment" screen (shared/recovery-screen.ts) rather than its
 * attract screen: the wipe is still running.
 */
export function reloadUiContents(
  contents: Pick<WebContents, 'isCrashed' | 'forcefullyCrashRenderer' | 'loadURL' | 'once'>,
  entryUrl: string,
  timers: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void },
  timeoutMs = RENDERER_GONE_TIMEOUT_MS,
): Promise<void> {
  const load = (): void => {
    contents.loadURL(recoveryUrl(entryUrl)).catch(() => undefined) // the wipe's UI check times out if this fails
  }
  if (contents.isCrashed()) {
    load()
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    let settled = false
    const go = (): void => {
      if (settled) return
      settled = true
      timers.clear(handle)
      load()
      resolve()
    }
    const handle = timers.set(go, timeoutMs)
    contents.once('render-process-gone', go)
    contents.forcefullyCrashRenderer()
  })
}

/** Keeps the kiosk's display on (a dark screen looks broken). Returns a stop function. */
export function keepDisplayAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>): () => void {
  const id = blocker.start('prevent-display-sleep')
  return () => {
    blocker.stop(id)
  }
}
