import type { PortalBounds } from '../../../shared/ipc/portal-channels'
import './preview-portal-view.css'

/**
 * The preview's stand-in for main's portal view, drawn where main would draw it: at the bounds
 * last sent with `setPortalBounds`, above everything of ours, and taking every tap there. In
 * Electron the official page is a native view painted above the renderer's page, so whatever its
 * bounds overlap is hidden and untouchable; drawing the stand-in the same way makes the preview
 * (and every e2e walk and screenshot of it) show that truth instead of a box under our controls.
 */
export interface PreviewPortalView {
  place(request: { readonly visible: boolean; readonly bounds: PortalBounds }): void
  hide(): void
}

export function createPreviewPortalView(document: Document): PreviewPortalView {
  let view: HTMLDivElement | null = null
  const hide = () => {
    view?.remove()
    view = null
  }
  return {
    place({ visible, bounds }) {
      if (!visible || bounds.width <= 0 || bounds.height <= 0) return hide()
      if (view === null) {
        view = document.createElement('div')
        view.className = 'kiosk-preview-portal-view'
        view.dataset['portalStandIn'] = ''
        // Nothing to read: the screen's own placeholder (under it) says what would be here.
        view.setAttribute('aria-hidden', 'true')
        document.body.append(view)
      }
      // CSSOM, not a style attribute: the preview's CSP allows no inline styles.
      view.style.left = `${String(bounds.x)}px`
      view.style.top = `${String(bounds.y)}px`
      view.style.width = `${String(bounds.width)}px`
      view.style.height = `${String(bounds.height)}px`
    },
    hide,
  }
}
