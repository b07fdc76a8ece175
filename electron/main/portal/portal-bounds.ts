import type { Rectangle } from 'electron'

import type { PortalBounds } from '../../../shared/ipc/portal-channels'

/** What main knows of the kiosk window when it places the portal view. */
export interface HostFrame {
  /** The window's client area in DIP (`BrowserWindow.getContentSize()`). */
  readonly width: number
  readonly height: number
  /** The UI's zoom factor (`webContents.getZoomFactor()`; pinned at 1 in the kiosk). */
  readonly zoomFactor: number
}

/**
 * The UI's box (CSS px of our page) as the portal view's bounds (DIP, relative to the window's
 * content view).
 *
 * - `View.setBounds` takes a `Rectangle` whose fields "must be an integer"
 *   (docs/api/structures/rectangle.md); Electron hands it to `views::View::SetBoundsRect` as a
 *   `gfx::Rect` in the parent's coordinates (shell/browser/api/electron_api_view.cc), i.e. DIP.
 * - CSS px equal DIP at zoom 1 whatever the screen's device pixel ratio: the ratio only maps DIP
 *   to physical pixels, which Chromium does for both views alike. Multiplying by
 *   `devicePixelRatio` would put the page in the wrong place on a HiDPI screen. A zoom factor
 *   other than 1 (docs/api/web-contents.md `getZoomFactor`: "zoom percent divided by 100")
 *   scales CSS px to DIP, so main applies it even though the kiosk pins zoom at 100 %.
 * - Each edge is rounded on its own, then width = right − left: rounding the width instead could
 *   leave a 1 px seam or overlap next to our own bar.
 * - The result is clamped to the window's client area: after an orientation or resolution
 *   change, the UI's last report can describe the old window for a frame or two, and the
 *   official page must never be placed (even partly) outside the screen.
 */
export function toViewBounds(box: PortalBounds, frame: HostFrame | null): Rectangle {
  const scale =
    frame !== null && Number.isFinite(frame.zoomFactor) && frame.zoomFactor > 0
      ? frame.zoomFactor
      : 1
  const maxX = frame === null ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(frame.width))
  const maxY = frame === null ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(frame.height))
  const edge = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value * scale)))
  const left = edge(box.x, maxX)
  const top = edge(box.y, maxY)
  const right = edge(box.x + box.width, maxX)
  const bottom = edge(box.y + box.height, maxY)
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) }
}

/** The frame of a BrowserWindow (or anything shaped like one), read when the layout is applied. */
export function hostFrameOf(window: {
  getContentSize(): number[]
  readonly webContents: { getZoomFactor(): number; isDestroyed(): boolean }
}): () => HostFrame | null {
  return () => {
    const [width, height] = window.getContentSize()
    if (width === undefined || height === undefined) return null
    // A crashed UI is being reloaded (recovery/): its zoom is the default again.
    const zoomFactor = window.webContents.isDestroyed() ? 1 : window.webContents.getZoomFactor()
    return { width, height, zoomFactor }
  }
}
