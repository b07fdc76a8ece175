import type { Session } from 'electron'

/**
 * The sandbox every document of the portal session is put in (a `Content-Security-Policy`
 * header, so the page cannot lift it: it is not an attribute in its DOM). Everything a portal
 * needs is allowed back — scripts, its own origin (cookies, storage), forms, pop-ups (which the
 * kiosk then loads in place), top-level navigation, downloads (so a refused one reaches
 * `will-download` and the patient is told) — except:
 * - `allow-modals`: Blink's `ChromeClient::Print` refuses to print a document sandboxed without
 *   it (third_party/blink/renderer/core/page/chrome_client.cc). Every script path to the OS print
 *   dialog goes through there: `window.print()`, `document.execCommand('print')` (ExecutePrint in
 *   editor_command.cc), and a fresh `about:blank` frame's `print()`, because sandbox flags pass
 *   down to every frame the document creates. Measured in Chromium: each one is "Ignored".
 * - plugins (there is no keyword to allow them): a PDF made in the page (`blob:`) shown in a
 *   frame, an `<embed>` or the page itself gets an error page, not the PDF viewer (measured).
 * - `allow-presentation`, `allow-orientation-lock`, `allow-pointer-lock` and
 *   `allow-top-navigation-to-custom-protocols` (no `mailto:`/`tel:`/`ms-settings:` hand-off).
 */
export const PORTAL_DOCUMENT_SANDBOX =
  'sandbox allow-scripts allow-same-origin allow-forms allow-popups ' +
  'allow-popups-to-escape-sandbox allow-top-navigation allow-top-navigation-by-user-activation ' +
  'allow-downloads allow-storage-access-by-user-activation'

/**
 * Features no document of the portal session (nor any frame it embeds: a frame cannot be
 * given more than its parent has) may use. Each one opens OS or browser UI on a shared kiosk:
 * - passkeys (`publickey-credentials-*`): on Windows `create()`/`get()` open Windows Security /
 *   Windows Hello, and `create()` could enrol a passkey in the kiosk's own account; with the
 *   feature off the call rejects with `NotAllowedError` at once (measured in Chromium);
 * - federated sign-in, digital credentials and one-time codes (`identity-credentials-get`,
 *   `digital-credentials-*`, `otp-credentials`): silent in Electron already (it provides no
 *   dialog for them), refused here too so a later Electron cannot open one;
 * - Picture-in-Picture (an always-on-top window outside the kiosk; `pictureInPictureEnabled`
 *   becomes false), full screen over our UI, screen capture, window placement, local fonts,
 *   payment, and device pickers (USB, serial, HID, Bluetooth).
 * Chromium ignores a name it does not know (with a console warning), never the whole header.
 */
export const PORTAL_PERMISSIONS_POLICY = [
  'publickey-credentials-create',
  'publickey-credentials-get',
  'identity-credentials-get',
  'digital-credentials-get',
  'digital-credentials-create',
  'otp-credentials',
  'picture-in-picture',
  'fullscreen',
  'display-capture',
  'window-management',
  'local-fonts',
  'payment',
  'usb',
  'serial',
  'hid',
  'bluetooth',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

/** Responses that become a document (a page, a frame, an `<object>`/`<embed>`). */
const DOCUMENT_TYPES = new Set(['mainFrame', 'subFrame', 'object'])

/** Pages, whichever way they were fetched. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/** What Chromium's PDF viewer takes (its MimeHandlerView) or may sniff a PDF into. */
const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf', 'text/pdf'])
/** Content types Chromium sniffs (net/base/mime_sniffer.cc, ShouldSniffMimeType): "%PDF-"
 * becomes `application/pdf` and opens the viewer (measured with no Content-Type at all). */
const SNIFFED_TYPES = new Set(['', 'unknown/unknown', 'application/unknown', '*/*'])

export type ResponseHeaders = Record<string, string[]>

export interface PortalResponse {
  readonly resourceType: string
  readonly responseHeaders?: ResponseHeaders
}

/** The headers a response of the portal session is delivered with. */
export function rewritePortalResponse(details: PortalResponse): ResponseHeaders {
  let headers: ResponseHeaders = { ...details.responseHeaders }
  const type = mediaType(headers)
  if (PDF_TYPES.has(type)) {
    // download_utils.cc `MustDownload`: an attachment is downloaded, never handed to the PDF
    // viewer (PluginResponseInterceptorURLLoaderThrottle returns early for it) — and the
    // session refuses the download.
    headers = set(headers, 'Content-Disposition', 'attachment')
  }
  const document = DOCUMENT_TYPES.has(details.resourceType)
  // HTML fetched any other way (a service worker caching pages) may be served as a page later
  // without passing here again: it carries the policies with it.
  if (!document && !HTML_TYPES.has(type)) return headers
  if (document && SNIFFED_TYPES.has(type))
    headers = set(headers, 'X-Content-Type-Options', 'nosniff')
  // Appended after the page's own: several CSPs are all enforced; in a repeated
  // Permissions-Policy member the last one wins (structured-field dictionaries, RFC 8941).
  headers = append(headers, 'Content-Security-Policy', PORTAL_DOCUMENT_SANDBOX)
  return append(headers, 'Permissions-Policy', PORTAL_PERMISSIONS_POLICY)
}

/**
 * Installs the rewrite on a portal partition. Electron's `webRequest` sees navigations too,
 * browser-initiated ones included (ProxyingURLLoaderFactory in WillCreateURLLoaderFactory,
 * shell/browser/electron_browser_client.cc), and one listener per event and session is all
 * Electron keeps (docs/api/web-request.md), so this is the portal session's only one.
 */
export function rewritePortalResponses(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: rewritePortalResponse(details) })
  })
}

/** Header names are case-insensitive; Electron hands them over as the server spelled them. */
const sameName = (key: string, name: string): boolean => key.toLowerCase() === name.toLowerCase()

function valuesOf(headers: ResponseHeaders, name: string): string[] {
  return Object.entries(headers).flatMap(([key, values]) => (sameName(key, name) ? values : []))
}

function mediaType(headers: ResponseHeaders): string {
  const last = valuesOf(headers, 'content-type').at(-1) ?? ''
  return (last.split(';')[0] ?? '').trim().toLowerCase()
}

/** `name` with exactly these values, however the server spelled it. */
function set(headers: ResponseHeaders, name: string, ...values: string[]): ResponseHeaders {
  const others = Object.entries(headers).filter(([key]) => !sameName(key, name))
  return { ...Object.fromEntries(others), [name]: values }
}

function append(headers: ResponseHeaders, name: string, value: string): ResponseHeaders {
  return set(headers, name, ...valuesOf(headers, name), value)
}
