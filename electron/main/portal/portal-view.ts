import type { View, WebContents, WebContentsView } from 'electron'

import type { PortalProfile } from '../../../shared/config/kiosk-config'
import type {
  PortalBounds,
  PortalNotice,
  PortalStatus,
  portalEntries,
} from '../../../shared/ipc/portal-channels'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import { isAllowedUrl, originForDisplay } from '../../../shared/navigation-policy'
import type { AuditLog, NavigationKind, SessionMilestone } from '../audit/audit-event'
import type { NavigationRule } from '../web-contents-guard'
import type { PartitionNames } from './portal-partition'
import type { BlockedFrameTally } from './blocked-frame-tally'
import { watchInputActivity } from './input-activity'
import { toViewBounds, type HostFrame } from './portal-bounds'
import { blockOsDialogs } from './no-os-dialogs'
import { watchPageNotices } from './page-world-doors'
import { watchForPdfViewer } from './pdf-viewer-watch'
import { lockPortalSession, type PortalSession } from './portal-session-guard'

export type PortalEntry = (typeof portalEntries)[number]

/** A WebContentsView (tests pass a fake implementing the members this module uses). */
export type PortalViewLike = WebContentsView

export interface PortalViewDeps {
  /** `new WebContentsView({ webPreferences: portalWebPreferences(partition) })`. */
  readonly createView: (partition: string) => PortalViewLike
  /** The kiosk window's `contentView`: the portal view is stacked above the UI. */
  readonly host: Pick<View, 'addChildView' | 'removeChildView'>
  readonly sessionFor: (partition: string) => PortalSession
  readonly partitions: PartitionNames
  readonly audit: AuditLog
  readonly onStatus: (status: PortalStatus) => void
  /** Input in the portal page (touch, scroll, pointer, keys): the patient is still here. */
  readonly onActivity: () => void
  /** For throttling activity reports (Date.now in the kiosk). */
  readonly clock?: () => number
  readonly onMilestone: (milestone: SessionMilestone, portalId: string) => void
  /** Extra hardening for each new portal webContents (kiosk shortcuts, crash watch). */
  readonly onContentsCreated?: (contents: WebContents) => void
  /** Today's blocked sub-frames by origin, for the staff panel. */
  readonly blockedFrames?: BlockedFrameTally
  /**
   * The kiosk window's client area and the UI's zoom, read each time the view is placed (the
   * bounds are scaled and clamped to it). Without it the UI's box is applied as it came.
   */
  readonly hostFrame?: () => HostFrame | null
  /** How long close() waits for the webContents to be destroyed. */
  readonly closeTimeoutMs?: number
  readonly timers?: {
    set(callback: () => void, ms: number): unknown
    clear(handle: unknown): void
  }
}

/** net::ERR_ABORTED: a navigation we (or the page) cancelled, not a failure to show. */
const ERR_ABORTED = -3

export interface PortalViewManager {
  /** Resolves once the load has started (after the view's dialog guard is in place). */
  open(profile: PortalProfile, entry: PortalEntry): Promise<PortalStatus>
  reload(): Promise<PortalStatus>
  setBounds(visible: boolean, bounds: PortalBounds): void
  /** The window was resized: place the view again, clamped to the new client area. */
  refreshLayout(): void
  /** Hides the view whatever the UI asked (idle warning, wiping, out-of-order). */
  setSuppressed(suppressed: boolean): void
  status(): PortalStatus
  /** The live portal webContents, or throws `portal-closed` (keyboard, prefill). */
  contents(): WebContents
  activeProfile(): PortalProfile | null
  /** Removes the view from the window and destroys its webContents. */
  close(): Promise<void>
  hasView(): boolean
  navigationRuleFor(contents: WebContents): NavigationRule | null
  /** Sub-frames: the page's origins plus the profile's `allowedFrameOrigins`. */
  subframeRuleFor(contents: WebContents): NavigationRule | null
  owns(contents: WebContents): boolean
  reportBlocked(url: string, kind: NavigationKind): void
}

/**
 * What a sub-frame may load besides https origins: an empty frame, or one whose content the
 * (allowed) parent wrote itself. Both take the parent's origin and fetch nothing.
 */
const LOCAL_FRAME_URLS = new Set(['about:blank', 'about:srcdoc'])

/**
 * The official portal page in a WebContentsView of its own. One view per patient at most, in the
 * current partition; the wipe closes it and rotates the partition, so the next patient's view is
 * created fresh in a partition nobody has used.
 */
export function createPortalViewManager(deps: PortalViewDeps): PortalViewManager {
  let view: PortalViewLike | null = null
  let viewPartition: string | null = null
  let profile: PortalProfile | null = null
  let entryUrl: string | null = null
  let status: PortalStatus = { state: 'closed' }
  let requested: { visible: boolean; bounds: PortalBounds } = {
    visible: false,
    bounds: { x: 0, y: 0, width: 0, height: 0 },
  }
  let suppressed = false
  /** Part of the current page was not shown (a blocked frame or a form-posting pop-up). */
  let partBlocked = false
  /** The page asked for something the kiosk refused (a document, a passkey): a calm note. */
  let notice: PortalNotice | null = null
  /** The current view's dialog guard: loads wait for it; false once it failed or was lost. */
  let guard: Promise<boolean> = Promise.resolve(false)

  const publish = (next: PortalStatus): PortalStatus => {
    status = next
    deps.onStatus(status)
    return status
  }
  /** A page state, carrying the "part of this page was blocked" flag while it holds. */
  const publishPage = (state: 'loading' | 'ready'): PortalStatus =>
    publish({
      state,
      ...(partBlocked ? { partBlocked: true } : {}),
      ...(notice !== null ? { notice } : {}),
    })
  const notePartBlocked = (): void => {
    if (partBlocked) return
    partBlocked = true
    if (status.state === 'loading' || status.state === 'ready') publishPage(status.state)
  }

  /** Shows (or, with null, clears) the note; only a change is published and logged. */
  const setNotice = (next: PortalNotice | null, origin?: string | null): void => {
    if (notice === next) return
    notice = next
    if (next !== null) {
      const kind = next === 'document' ? 'download' : 'passkey'
      deps.audit.record('dialog-refused', { kind, origin: origin ?? 'unparseable' })
    }
    if (status.state === 'loading' || status.state === 'ready') publishPage(status.state)
  }

  /** Views whose dialog guard failed or was lost: never shown again (fail closed in main). */
  const unguarded = new WeakSet<PortalViewLike>()
  /** Views showing the PDF viewer: hidden until the next load replaces it ("Try again"). */
  const pdfShown = new WeakSet<PortalViewLike>()

  const applyLayout = (): void => {
    if (view === null) return
    view.setBounds(toViewBounds(requested.bounds, deps.hostFrame?.() ?? null))
    view.setVisible(requested.visible && !suppressed && !unguarded.has(view) && !pdfShown.has(view))
  }

  const ensureView = (): PortalViewLike => {
    const partition = deps.partitions.current()
    if (view !== null && viewPartition === partition) return view
    if (deps.partitions.isRetired(partition)) throw new Error('portal partition was retired')
    lockPortalSession(deps.sessionFor(partition), {
      // Every PDF arrives as a download (portal-response-headers), refused: say where it opens.
      onDownloadRefused: ({ url }) => setNotice('document', originForDisplay(url)),
    })
    const created = deps.createView(partition)
    const contents = created.webContents
    watchInputActivity(contents, deps.onActivity, deps.clock ?? Date.now)
    contents.on('did-finish-load', () => {
      if (status.state === 'loading') {
        publishPage('ready')
        if (profile !== null) deps.onMilestone('portal-ready', profile.id)
      }
    })
    contents.on('did-fail-load', (_event, errorCode, _description, url, isMainFrame) => {
      if (!isMainFrame || errorCode === ERR_ABORTED) return
      deps.audit.record('portal-load-failed', {
        portalId: profile?.id ?? null,
        origin: originForDisplay(url) ?? 'unparseable',
        errorCode,
      })
      if (profile !== null) deps.onMilestone('portal-failed', profile.id)
      publish({ state: 'failed' })
    })
    // Never trust a certificate the system does not: no callback(true), ever.
    contents.on('certificate-error', (event, url, error, _certificate, callback) => {
      event.preventDefault()
      callback(false)
      deps.audit.record('portal-certificate-refused', {
        origin: originForDisplay(url) ?? 'unparseable',
        error,
      })
    })
    // No OS dialogs (file chooser, print) from the page: in place before anything loads.
    // On a lost guard main hides the page itself, not waiting for the UI to react to `failed`.
    guard = blockOsDialogs(contents, {
      audit: deps.audit,
      onGuardLost: () => {
        unguarded.add(created)
        created.setVisible(false)
        if (view === created && status.state !== 'closed') publish({ state: 'failed' })
      },
    }).then(() => !unguarded.has(created))
    deps.onContentsCreated?.(contents)
    watchPageNotices(contents, (asked) =>
      setNotice(asked, originForDisplay(contents.mainFrame.url)),
    )
    // A new page in the main frame: the note was about the one before.
    contents.on('did-navigate', () => setNotice(null))
    // Never expected (PDFs are downloads, documents are sandboxed): fail closed if it happens.
    watchForPdfViewer(contents, () => {
      deps.audit.record('dialog-refused', {
        kind: 'pdf-viewer',
        origin: originForDisplay(contents.mainFrame.url) ?? 'unparseable',
      })
      pdfShown.add(created)
      created.setVisible(false)
      if (view === created && status.state !== 'closed') publish({ state: 'failed' })
    })
    deps.host.addChildView(created)
    view = created
    viewPartition = partition
    applyLayout()
    return created
  }

  const load = async (url: string): Promise<PortalStatus> => {
    const target = ensureView()
    partBlocked = false
    notice = null
    if (pdfShown.delete(target)) applyLayout()
    publishPage('loading')
    // Without the dialog guard the page would be one tap away from the OS file chooser.
    // A guard lost after setup (another debugger client) also counts: no reload without it.
    const guarded = (await guard) && !unguarded.has(target)
    // Closed (wiped, "I'm finished") while the guard was being set up: `closed` stands.
    if (view !== target) return status
    if (!guarded) return status.state === 'failed' ? status : publish({ state: 'failed' })
    target.webContents.loadURL(url).catch(() => undefined) // did-fail-load reports failures
    return status
  }

  return {
    async open(chosen, entry) {
      const url = urlFor(chosen, entry)
      if (url === undefined) throw new IpcRejection('entry-unavailable')
      if (!isAllowedUrl(url, chosen.allowedOrigins)) throw new IpcRejection('not-allowed')
      profile = chosen
      entryUrl = url
      deps.onMilestone('portal-opened', chosen.id)
      return load(url)
    },
    async reload() {
      if (view === null || entryUrl === null) throw new IpcRejection('portal-closed')
      if (status.state === 'ready') {
        partBlocked = false
        notice = null
        publishPage('loading')
        view.webContents.reload()
        return status
      }
      // After a failure or a blocked page, start again from the page the patient was sent to.
      return load(entryUrl)
    },
    setBounds(visible, bounds) {
      requested = { visible, bounds }
      applyLayout()
    },
    refreshLayout: applyLayout,
    setSuppressed(on) {
      suppressed = on
      applyLayout()
    },
    status: () => status,
    contents() {
      if (view === null || view.webContents.isDestroyed()) throw new IpcRejection('portal-closed')
      return view.webContents
    },
    activeProfile: () => profile,
    async close() {
      const closing = view
      view = null
      viewPartition = null
      profile = null
      entryUrl = null
      partBlocked = false
      notice = null
      requested = { visible: false, bounds: requested.bounds }
      if (closing !== null) {
        deps.host.removeChildView(closing)
        await destroyContents(closing.webContents, deps)
      }
      if (status.state !== 'closed') publish({ state: 'closed' })
    },
    hasView: () => view !== null,
    navigationRuleFor(contents) {
      if (view === null || contents.id !== view.webContents.id) return null
      const origins = profile?.allowedOrigins ?? []
      return (url) => isAllowedUrl(url, origins)
    },
    subframeRuleFor(contents) {
      if (view === null || contents.id !== view.webContents.id) return null
      const origins = [...(profile?.allowedOrigins ?? []), ...(profile?.allowedFrameOrigins ?? [])]
      return (url) => LOCAL_FRAME_URLS.has(url) || isAllowedUrl(url, origins)
    },
    owns: (contents) => view !== null && contents.id === view.webContents.id,
    reportBlocked(url, kind) {
      const origin = originForDisplay(url) ?? 'unparseable'
      deps.audit.record('navigation-blocked', { origin, view: 'portal', kind })
      // A blocked frame (a widget, a captcha) or a form-posting pop-up leaves the page where it
      // is: counted for IT, and a calm notice for the patient, not the "blocked page" screen.
      if (kind === 'subframe' || kind === 'new-window-post') {
        if (kind === 'subframe') deps.blockedFrames?.record(origin)
        notePartBlocked()
        return
      }
      if (profile !== null) deps.onMilestone('portal-blocked', profile.id)
      publish({ state: 'blocked', blockedOrigin: origin })
    },
  }
}

function urlFor(profile: PortalProfile, entry: PortalEntry): string | undefined {
  switch (entry) {
    case 'sign-up':
      return profile.signUpUrl
    case 'sign-in':
      return profile.signInUrl
    case 'self-signup':
      return profile.selfSignupUrl
  }
}

/** close() is asynchronous in Electron: wait for 'destroyed' (bounded, the wipe verifies after). */
function destroyContents(contents: WebContents, deps: PortalViewDeps): Promise<void> {
  if (contents.isDestroyed()) return Promise.resolve()
  return new Promise((resolve) => {
    let handle: unknown = null
    const done = (): void => {
      if (handle !== null) deps.timers?.clear(handle)
      resolve()
    }
    contents.once('destroyed', done)
    if (deps.timers !== undefined) handle = deps.timers.set(done, deps.closeTimeoutMs ?? 2000)
    contents.close({ waitForBeforeUnload: false })
  })
}

/**
 * The portal view shows only while the session is active: the idle warning, the wipe and the
 * locked screens are ours and must never sit under a third-party page.
 */
export function hidePortalOutsideActivePhase(
  portal: Pick<PortalViewManager, 'setSuppressed'>,
  session: { subscribe(listener: (view: { phase: string }) => void): () => void },
): () => void {
  portal.setSuppressed(true)
  return session.subscribe((view) => portal.setSuppressed(view.phase !== 'active'))
}
