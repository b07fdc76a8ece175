import type { App, WebContents } from 'electron'

import type { NavigationKind } from './audit/audit-event'
import { denyAllPermissions } from './permissions'

/** Decides whether a given webContents may navigate to a URL. */
export type NavigationRule = (url: string) => boolean

export interface WebContentsGuardOptions {
  /**
   * The navigation rule for a webContents. The UI view allows only its own origin; the portal
   * view (registered by the portal module) allows only its profile's origins. Anything unknown
   * gets the default rule, which allows nothing.
   */
  readonly navigationRuleFor: (contents: WebContents) => NavigationRule
  /**
   * The rule for sub-frames (iframes) of a webContents, when it differs: the portal adds its
   * profile's `allowedFrameOrigins`. Without it, sub-frames follow `navigationRuleFor`.
   */
  readonly subframeRuleFor?: (contents: WebContents) => NavigationRule | null
  /** Called for every blocked navigation, e.g. to tell the UI and write the audit log. */
  readonly onNavigationBlocked?: (contents: WebContents, url: string, kind: NavigationKind) => void
  /**
   * New windows are always denied. When this returns true for a webContents (the portal view),
   * a window.open / target=_blank to an address its rule allows loads in the same view instead
   * — except a pop-up that posts a form: loading its URL in place would silently drop the form
   * (and `window.opener`), so it is reported as `new-window-post` and not loaded.
   */
  readonly loadsAllowedPopupsInPlace?: (contents: WebContents) => boolean
}

/** A rule that allows nothing: the default for any webContents nobody claimed. */
export const denyAllNavigation: NavigationRule = () => false

type NavigationEvent = {
  preventDefault(): void
  readonly url: string
  readonly isMainFrame?: boolean
}

/**
 * Hardens one webContents: no <webview>, no new windows, and navigation limited by its rule
 * on every path a page can take (link, location change, frame navigation, server redirect).
 */
export function hardenWebContents(contents: WebContents, options: WebContentsGuardOptions): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url, postBody }) => {
    if (!options.navigationRuleFor(contents)(url)) {
      options.onNavigationBlocked?.(contents, url, 'new-window')
    } else if (options.loadsAllowedPopupsInPlace?.(contents) === true) {
      if (postBody !== undefined) options.onNavigationBlocked?.(contents, url, 'new-window-post')
      // A failed load is reported by the view's did-fail-load handler.
      else contents.loadURL(url).catch(() => undefined)
    }
    return { action: 'deny' }
  })

  const ruleFor = (kind: NavigationKind): NavigationRule =>
    (kind === 'subframe' ? options.subframeRuleFor?.(contents) : null) ??
    options.navigationRuleFor(contents)
  const enforce = (event: NavigationEvent, kind: NavigationKind): void => {
    if (ruleFor(kind)(event.url)) return
    event.preventDefault()
    options.onNavigationBlocked?.(contents, event.url, kind)
  }
  contents.on('will-navigate', (event) => enforce(event, 'navigate'))
  // Fires for every frame, an iframe's first load included (shell/browser/
  // electron_navigation_throttle.cc): sub-frames get their own, wider list.
  contents.on('will-frame-navigate', (event) =>
    enforce(event, event.isMainFrame ? 'frame' : 'subframe'),
  )
  contents.on('will-redirect', (event) =>
    enforce(event, event.isMainFrame === false ? 'subframe' : 'redirect'),
  )
  denyAllPermissions(contents.session)
}

/** Applies `hardenWebContents` to every webContents the app ever creates. */
export function installWebContentsGuard(
  app: Pick<App, 'on'>,
  options: WebContentsGuardOptions,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options))
}
