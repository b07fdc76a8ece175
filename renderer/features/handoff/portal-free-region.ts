import type { PortalBounds } from '../../../shared/ipc/portal-channels'

/** The schema's ceiling (portal-channels.ts): a box is never reported larger than main accepts. */
const MAX_EDGE = 10_000

/**
 * Everything of ours the official page must never be drawn over: controls, text, the keyboard,
 * the band and the bars. In Electron the page is a native view painted above our page, so
 * whatever its bounds overlap is hidden and cannot be touched, whatever our DOM says.
 */
const OURS =
  'header, nav, section, [role="region"], [role="status"], [role="alert"], [role="dialog"], [role="alertdialog"], .kiosk-keyboard-dock, .kiosk-bottom, h1, h2, p, button, a[href], input, select, textarea'

interface Edges {
  left: number
  top: number
  right: number
  bottom: number
}

const area = (box: Edges) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top)

function isShown(element: Element): boolean {
  if (element.closest('[hidden], [inert]') !== null) return false
  // jsdom has no checkVisibility (its boxes are all empty anyway).
  return typeof element.checkVisibility !== 'function' || element.checkVisibility()
}

/**
 * The box main may draw the official page in: the box of `area` in whole CSS px of our window
 * (each edge rounded on its own, width = right − left, the same rule main applies; main clamps
 * it to the window), cut back from every visible thing of ours that overlaps it (the side cut is the
 * one that keeps the most of the box). So the bounds come from the free region — below the band,
 * above the docked keyboard and the bar, beside a landscape keyboard — even when a layout lays
 * something over the box: the page then gets less room, never our controls.
 */
export function freePortalBox(element: Element): PortalBounds {
  const outer = element.getBoundingClientRect()
  let free: Edges = { left: outer.left, top: outer.top, right: outer.right, bottom: outer.bottom }
  for (const other of element.ownerDocument.querySelectorAll(OURS)) {
    if (other === element || other.contains(element) || element.contains(other)) continue
    const box = other.getBoundingClientRect()
    if (box.width < 1 || box.height < 1) continue
    const overlaps =
      box.left < free.right &&
      free.left < box.right &&
      box.top < free.bottom &&
      free.top < box.bottom
    if (!overlaps || !isShown(other)) continue
    const cuts: Edges[] = [
      { ...free, bottom: Math.min(free.bottom, box.top) },
      { ...free, top: Math.max(free.top, box.bottom) },
      { ...free, right: Math.min(free.right, box.left) },
      { ...free, left: Math.max(free.left, box.right) },
    ]
    free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best))
  }
  const edge = (value: number) => Math.min(MAX_EDGE, Math.max(0, Math.round(value)))
  const left = edge(free.left)
  const top = edge(free.top)
  return {
    x: left,
    y: top,
    width: Math.max(0, edge(free.right) - left),
    height: Math.max(0, edge(free.bottom) - top),
  }
}

/** An open modal dialog of ours (a question, the idle warning, the text size): the page hides. */
export function modalDialogShown(document: Document): boolean {
  return [...document.querySelectorAll('[aria-modal="true"]')].some(isShown)
}
