import type { WebContents } from 'electron'

/**
 * The origin of Chromium's PDF viewer, a component extension Electron builds in
 * (`enable_pdf_viewer = true` in buildflags/buildflags.gni; `extension_misc::kPdfExtensionId`
 * in shell/browser/extensions/electron_component_extension_resource_manager.cc).
 */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai'

/**
 * The last line behind the portal session's response rewrite and document sandbox: if the PDF
 * viewer (with its own Print and Save buttons) ever starts in the portal anyway, `onViewer` runs
 * so the page can be taken off screen. The viewer's frame is navigated browser-side, so
 * `will-frame-navigate` never sees it; `did-start-navigation` does, for every frame
 * (WebContents::DidStartNavigation → EmitNavigationEvent, unfiltered, in
 * shell/browser/api/electron_api_web_contents.cc).
 */
export function watchForPdfViewer(contents: Pick<WebContents, 'on'>, onViewer: () => void): void {
  contents.on('did-start-navigation', (details) => {
    if (details.url.toLowerCase().startsWith(`${PDF_VIEWER_ORIGIN}/`)) onViewer()
  })
}
