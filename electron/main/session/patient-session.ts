import type { Session, View, WebContents, WebContentsView } from 'electron'

import type { IpcEventName, IpcEventPayload } from '../../../shared/ipc/contract'
import type { SessionTiming } from '../../../shared/session/session-state'
import type { AuditLog } from '../audit/audit-event'
import type { BlockedFrameTally } from '../portal/blocked-frame-tally'
import { hostFrameOf } from '../portal/portal-bounds'
import { createPartitionNames } from '../portal/portal-partition'
import {
  createPortalViewManager,
  hidePortalOutsideActivePhase,
  type PortalViewManager,
} from '../portal/portal-view'
import { reloadUiContents, watchRenderer } from '../recovery/renderer-watchdog'
import type { KioskClipboards } from '../wipe/clipboards'
import { runWipe, uiNeedsReload } from '../wipe/wipe-transaction'
import { createSessionController, type SessionLifecycle } from './session-controller'
import { createUiResetTracker, type UiResetTracker } from './ui-reset'

type Timers = { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void }

export interface PatientSessionDeps {
  readonly window: {
    readonly contentView: Pick<View, 'addChildView' | 'removeChildView'>
    readonly webContents: WebContents
    /** The client area in DIP: the portal view is clamped to it. */
    getContentSize(): number[]
    /** 'resize' (docs/api/browser-window.md: "Emitted after the window has been resized"). */
    on(event: 'resize', listener: () => void): unknown
  }
  /** `(partition) => new WebContentsView({ webPreferences: portalWebPreferences(partition) })` */
  readonly createPortalView: (partition: string) => WebContentsView
  /** `session.fromPartition` */
  readonly sessionFor: (partition: string) => Session
  readonly clipboard: KioskClipboards
  /** Idle and warning timings of the configuration in force. */
  readonly timing: () => SessionTiming
  readonly uiEntryUrl: string
  readonly audit: AuditLog
  readonly timers: Timers
  readonly clock: () => number
  readonly randomUuid: () => string
  readonly pushToUi: <E extends IpcEventName>(channel: E, payload: IpcEventPayload<E>) => void
  /** Today's blocked sub-frames by origin (staff panel). */
  readonly blockedFrames?: BlockedFrameTally
  /** Extra hardening for each portal webContents (kiosk shortcuts outside --dev). */
  readonly hardenPortalContents?: (contents: WebContents) => void
}

export interface PatientSession {
  readonly lifecycle: SessionLifecycle
  readonly portal: PortalViewManager
  readonly uiReset: UiResetTracker
}

/**
 * Puts the session lifecycle, the portal view, the wipe and the crash watchdog together. Kept
 * out of index.ts so the exact composition the kiosk runs is what the tests (and the canary
 * test) drive with fakes.
 */
export function createPatientSession(deps: PatientSessionDeps): PatientSession {
  const partitions = createPartitionNames(deps.randomUuid)
  const uiReset = createUiResetTracker({
    reloadUi: () => void reloadUiContents(deps.window.webContents, deps.uiEntryUrl, deps.timers),
  })
  const lifecycle: SessionLifecycle = createSessionController({
    timing: deps.timing,
    audit: deps.audit,
    newSessionId: deps.randomUuid,
    timers: deps.timers,
    clock: deps.clock,
    wipe: (request) =>
      runWipe(
        {
          portal,
          partitions,
          sessionFor: deps.sessionFor,
          clipboard: deps.clipboard,
          resetUi: uiReset.request,
          clock: deps.clock,
          timers: deps.timers,
        },
        { generation: request.generation, reloadUi: uiNeedsReload(request.cause) },
      ),
  })
  const watchdog = { session: lifecycle, audit: deps.audit, timers: deps.timers }
  const portal = createPortalViewManager({
    createView: deps.createPortalView,
    host: deps.window.contentView,
    sessionFor: deps.sessionFor,
    partitions,
    audit: deps.audit,
    timers: deps.timers,
    hostFrame: hostFrameOf(deps.window),
    onStatus: (status) => deps.pushToUi('portal:status', status),
    ...(deps.blockedFrames === undefined ? {} : { blockedFrames: deps.blockedFrames }),
    onActivity: () => lifecycle.recordPortalActivity(),
    clock: deps.clock,
    onMilestone: (milestone, portalId) => lifecycle.noteMilestone(milestone, portalId),
    onContentsCreated: (contents) => {
      deps.hardenPortalContents?.(contents)
      // Pinged too: the portal is often hidden, and `unresponsive` only fires while visible.
      watchRenderer(contents, 'portal', { ...watchdog, ping: { contents } })
    },
  })
  hidePortalOutsideActivePhase(portal, lifecycle)
  // An orientation or resolution change: clamp the view to the new window at once; the UI
  // measures its box again and sends the exact bounds a frame later.
  deps.window.on('resize', () => portal.refreshLayout())
  watchRenderer(deps.window.webContents, 'ui', watchdog)
  return { lifecycle, portal, uiReset }
}
