import type { App, WebContents } from 'electron'

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
  /** Called for every blocked navigation, e.g. to tell the UI and write the audit log. */
  readonly onNavigationBlocked?: (contents: WebContents, url: string) => void
}

/** A rule that allows nothing: the default for any webContents nobody claimed. */
export const denyAllNavigation: NavigationRule = () => false

type NavigationEvent = { preventDefault(): void; readonly url: string }

/**
 * Hardens one webContents: no <webview>, no new windows, and navigation limited by its rule
 * on every path a page can take (link, location change, frame navigation, server redirect).
 */
export function hardenWebContents(contents: WebContents, options: WebContentsGuardOptions): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))

  const enforce = (event: NavigationEvent, url: string): void => {
    if (options.navigationRuleFor(contents)(url)) return
    event.preventDefault()
    options.onNavigationBlocked?.(contents, url)
  }
  contents.on('will-navigate', (event) => enforce(event, event.url))
  contents.on('will-frame-navigate', (event) => enforce(event, event.url))
  contents.on('will-redirect', (event) => enforce(event, event.url))
  denyAllPermissions(contents.session)
}

/** Applies `hardenWebContents` to every webContents the app ever creates. */
export function installWebContentsGuard(
  app: Pick<App, 'on'>,
  options: WebContentsGuardOptions,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options))
}
