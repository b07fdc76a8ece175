import type { App, WebContents } from 'electron'

import { originForDisplay } from '../../../shared/navigation-policy'
import type { AuditLog } from '../audit/audit-event'
import { PAGE_WORLD_DOORS } from './page-world-doors'

/**
 * Overrides in the page's own (main) world, run in every document before the page's scripts:
 * - `window.print` does nothing, so the portal's "Print" button cannot open the OS print dialog
 *   (reached through shell/browser/printing/print_view_manager_electron.cc; no Electron event or
 *   permission stands in its way);
 * - the File System Access pickers (`showOpenFilePicker`, `showSaveFilePicker`,
 *   `showDirectoryPicker`) reject with an `AbortError`, what the spec returns when the user
 *   cancels (WICG file-system-access, "showOpenFilePicker"). This is a second layer: Electron
 *   grants an open or save pick without asking the permission handler
 *   (shell/browser/file_system_access/file_system_access_permission_context.cc), and whether
 *   `Page.setInterceptFileChooserDialog` also stops these pickers is not settled for our Chromium.
 * Each is non-writable and non-configurable, so the page cannot put the original back. A
 * constant: no data is ever interpolated into it.
 */
const PRINT_AND_PICKER_OVERRIDES = `(function () {
  function lock(name, value) {
    try {
      Object.defineProperty(window, name, { value: value, writable: false, configurable: false });
    } catch (error) {}
  }
  lock('print', function print() {});
  ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'].forEach(function (name) {
    lock(name, function () {
      return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    });
  });
})();`

/** Everything the page world gets: the overrides above, then the other doors' (page-world-doors). */
export const PAGE_WORLD_OVERRIDES = `${PRINT_AND_PICKER_OVERRIDES}
${PAGE_WORLD_DOORS}`

/** The CDP domain calls that set a target (the page, or a cross-site frame's own process) up. */
function targetSetup(): { method: string; params?: object }[] {
  return [
    // fileChooserOpened is only delivered with the Page domain enabled.
    { method: 'Page.enable' },
    // The native chooser is not shown while interception is on; `cancel` also tells the page
    // the pick was cancelled (Chromium's browser_protocol.pdl, Page.setInterceptFileChooserDialog).
    { method: 'Page.setInterceptFileChooserDialog', params: { enabled: true, cancel: true } },
    // Runs in every new document of this target before the page's own scripts, same-process
    // child frames included (Page.addScriptToEvaluateOnNewDocument, browser_protocol.pdl).
    {
      method: 'Page.addScriptToEvaluateOnNewDocument',
      params: { source: PAGE_WORLD_OVERRIDES, runImmediately: true },
    },
    // Frames in another process (cross-site iframes) are their own targets: attach to each as
    // it appears, paused until it is set up too (Target.setAutoAttach with flatten, so commands
    // go through this one debugger with the child's sessionId; docs/api/debugger.md).
    {
      method: 'Target.setAutoAttach',
      params: { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
    },
  ]
}

export type DialogGuardContents = Pick<WebContents, 'on' | 'debugger' | 'mainFrame' | 'isDestroyed'>

export interface NoOsDialogsDeps {
  readonly audit: AuditLog
  /** The guard could not be set up, or was lost: the page must not stay on screen. */
  readonly onGuardLost: () => void
}

/**
 * No native dialog from the portal page. Electron 45 has no event or permission for
 * `<input type=file>` (shell/browser/file_select_helper.cc opens the OS chooser directly) or
 * `window.print()`, and either lets a patient browse the kiosk's disk or leave the kiosk. What
 * works is the DevTools protocol, through `webContents.debugger` (docs/api/debugger.md):
 * - file choosers (inputs, `showPicker`) are intercepted per target with
 *   `Page.setInterceptFileChooserDialog`; we log each `Page.fileChooserOpened` by origin;
 * - `window.print` and the File System Access pickers are overridden in every document before the page's scripts run
 *   (`Page.addScriptToEvaluateOnNewDocument`), in the page and in each cross-site frame's
 *   target, and again in every frame after each load (`did-frame-finish-load`, through
 *   `mainFrame.framesInSubtree` + `executeJavaScript`) in case a frame escaped the first.
 * The commands are sent before the first load (resolve this promise first); a debugger that
 * cannot attach (another client holds it) or detaches later takes the page off screen.
 * Ctrl+P stays swallowed by the kiosk shortcuts; HTTP auth is refused app-wide (`refuseHttpAuth`).
 */
export async function blockOsDialogs(
  contents: DialogGuardContents,
  deps: NoOsDialogsDeps,
): Promise<void> {
  const cdp = contents.debugger
  const origin = () => originForDisplay(contents.mainFrame.url) ?? 'unparseable'
  /**
   * Child sessions whose frame went away (`Target.detachedFromTarget`, browser_protocol.pdl).
   * Events and answers come in order on the one connection, so a frame removed during its setup
   * should be in here before the failed command's answer: nothing is left there to guard. Not
   * verified on the real binary; if the order differs, the page fails closed (never open).
   */
  const goneChildren = new Set<string>()
  cdp.on('message', (_event, method, params: unknown) => {
    if (method === 'Page.fileChooserOpened') {
      deps.audit.record('dialog-refused', { kind: 'file-chooser', origin: origin() })
    } else if (method === 'Target.attachedToTarget' && isAttachedTarget(params)) {
      void setUpChild(params.sessionId, params.targetInfo.type)
    } else if (method === 'Target.detachedFromTarget' && hasSessionId(params)) {
      goneChildren.add(params.sessionId)
    }
  })
  // The session also ends when the view is closed (every wipe): that is not a lost guard.
  // Anything else (another client taking over, e.g. DevTools) is (docs/api/debugger.md).
  cdp.on('detach', (_event, reason: string) => {
    if (reason.toLowerCase() === 'target closed' || contents.isDestroyed()) return
    deps.audit.record('dialog-guard-failed', { stage: 'detached' })
    deps.onGuardLost()
  })
  contents.on('did-frame-finish-load', () => {
    for (const frame of contents.mainFrame.framesInSubtree) {
      frame.executeJavaScript(PAGE_WORLD_OVERRIDES).catch(() => undefined) // a frame may be gone
    }
  })

  /** A failed command after the view was closed (every wipe, "I'm finished") is no lost guard. */
  const lost = (stage: 'setup' | 'child-frame'): void => {
    if (contents.isDestroyed() || !cdp.isAttached()) return
    deps.audit.record('dialog-guard-failed', { stage })
    deps.onGuardLost()
  }

  const setUpChild = async (sessionId: string, type: string): Promise<void> => {
    // Auto-attach also brings workers, which have no Page domain and open no dialogs.
    if (type === 'iframe') {
      try {
        for (const step of targetSetup()) await cdp.sendCommand(step.method, step.params, sessionId)
      } catch {
        // Fail closed: the frame stays paused (blank) and the page goes off screen, because a
        // running frame without the guard is one tap from the OS file chooser.
        if (!goneChildren.has(sessionId)) lost('child-frame')
        return
      }
    }
    // Let the paused frame run (it stays blank if this fails, which is safe).
    await cdp.sendCommand('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined)
  }

  try {
    cdp.attach('1.3')
  } catch {
    deps.audit.record('dialog-guard-failed', { stage: 'attach' })
    deps.onGuardLost()
    return
  }
  try {
    for (const step of targetSetup()) await cdp.sendCommand(step.method, step.params)
  } catch {
    lost('setup')
  }
}

/** `Target.detachedFromTarget` params: `{ sessionId, … }`. */
function hasSessionId(params: unknown): params is { sessionId: string } {
  return (
    typeof params === 'object' &&
    params !== null &&
    'sessionId' in params &&
    typeof params.sessionId === 'string'
  )
}

/** `Target.attachedToTarget` params: `{ sessionId, targetInfo: { type, … }, … }`. */
function isAttachedTarget(
  params: unknown,
): params is { sessionId: string; targetInfo: { type: string } } {
  if (typeof params !== 'object' || params === null) return false
  if (!('sessionId' in params) || typeof params.sessionId !== 'string') return false
  if (!('targetInfo' in params) || typeof params.targetInfo !== 'object') return false
  const info = params.targetInfo
  return info !== null && 'type' in info && typeof info.type === 'string'
}

/**
 * HTTP authentication (`login`) is refused for every webContents: no prompt, no stored
 * credentials. Electron's default already cancels it when nobody handles the event
 * (shell/browser/login_handler.cc); this makes the refusal explicit and logged by origin.
 */
export function refuseHttpAuth(app: Pick<App, 'on'>, audit: AuditLog): void {
  app.on('login', (event, _contents, details, _authInfo, callback) => {
    event.preventDefault()
    callback() // no user name: cancel the request
    audit.record('dialog-refused', {
      kind: 'http-auth',
      origin: originForDisplay(details.url) ?? 'unparseable',
    })
  })
}
