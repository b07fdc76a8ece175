/**
 * Keeps a focused control entirely in view (WCAG 2.2 SC 2.4.11 Focus Not Obscured), whether a
 * key or a tap put focus there. The page never scrolls (the kiosk shell): only the step's scroll
 * region does, with the top band above it, the action bar and session strip below it, the
 * docked keyboard under those, and the "More below" fade over its bottom edge. So a control is
 * revealed by scrolling its nearest scrolling ancestor, never the window, until the control and
 * its focus ring sit inside what is left of that region once those parts are taken away.
 */

/** A vertical extent on screen, in px (client coordinates). */
export interface Span {
  readonly top: number
  readonly bottom: number
}

/** A part drawn over or beside the region: its extent, and whether it is beside the target. */
export interface Cover extends Span {
  /** False when the cover is beside the target, not above or below it (no horizontal overlap). */
  readonly overlapsColumn: boolean
}

/** The focus ring: a 4 px outline 3 px outside the control (global.css), and a px to spare. */
export const RING_MARGIN = 8

/**
 * How far to scroll (px, positive: content moves up) so `target` grown by `margin` lies inside
 * `view` less the covers. A cover reaching the view's top edge (or centred above its middle)
 * takes the top off; any other one takes the bottom off. When the target does not fit, its top
 * shows: a field's label and the start of what is typed matter most. 0 when nothing needs to move.
 */
export function revealDelta(
  target: Span,
  view: Span,
  covers: readonly Cover[],
  margin = RING_MARGIN,
): number {
  let top = view.top
  let bottom = view.bottom
  for (const cover of covers) {
    if (!cover.overlapsColumn || cover.bottom <= view.top || cover.top >= view.bottom) continue
    const fromTop =
      cover.top <= view.top ||
      (cover.bottom < view.bottom && cover.top + cover.bottom < view.top + view.bottom)
    if (fromTop) top = Math.max(top, cover.bottom)
    else bottom = Math.min(bottom, cover.top)
  }
  const wantTop = target.top - margin
  const wantBottom = target.bottom + margin
  if (wantTop < top || wantBottom - wantTop > bottom - top) return wantTop - top
  if (wantBottom > bottom) return wantBottom - bottom
  return 0
}

/**
 * What can be drawn over a step's scroll region: the shell's fixed parts (app/patient-flow,
 * App.tsx), the docked keyboard (KeyboardDock) and the "More below" cue (scroll-cue.tsx).
 */
const COVER_SELECTOR = [
  '.kiosk-header',
  '.kiosk-action-bar',
  '.kiosk-session-bar',
  '.kiosk-keyboard-dock--fixed',
  '.kiosk-scroll-cue',
].join(', ')

/** The cue's fade is see-through at its top: its lower half and its tab hide what is under them. */
function coverRect(cover: Element): DOMRect {
  const whole = cover.getBoundingClientRect()
  if (!cover.classList.contains('kiosk-scroll-cue')) return whole
  const tab = cover.querySelector('button')?.getBoundingClientRect()
  const top = Math.min(whole.top + whole.height / 2, tab?.top ?? whole.bottom)
  return new DOMRect(whole.left, top, whole.width, whole.bottom - top)
}

/**
 * The ancestor that scrolls `element` into view, or null: none, or a fixed part (the docked
 * keyboard) is in between, which its ancestors' scrolling does not move.
 */
function scrollingAncestor(element: Element): HTMLElement | null {
  const view = element.ownerDocument.defaultView
  if (view === null) return null
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    // The page itself never scrolls (html, body and #root hide their overflow).
    if (node === element.ownerDocument.body) return null
    const style = view.getComputedStyle(node)
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node
    if (style.position === 'fixed') return null
  }
  return null
}

/** Scrolls what needs scrolling, at once (no smooth scrolling: nothing moves on its own). */
export function revealInView(element: Element): void {
  const scroller = scrollingAncestor(element)
  if (scroller === null) return
  const box = element.getBoundingClientRect()
  const outer = scroller.getBoundingClientRect()
  const view = {
    top: outer.top + scroller.clientTop,
    bottom: outer.top + scroller.clientTop + scroller.clientHeight,
  }
  const covers = [...element.ownerDocument.querySelectorAll(COVER_SELECTOR)]
    // What holds the control does not hide it (Continue in the action bar, a key in the dock).
    .filter((cover) => !cover.contains(element) && !cover.contains(scroller))
    .map(coverRect)
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => ({
      top: rect.top,
      bottom: rect.bottom,
      overlapsColumn: rect.left < box.right && rect.right > box.left,
    }))
  const delta = revealDelta({ top: box.top, bottom: box.bottom }, view, covers)
  if (delta !== 0) scroller.scrollTop += delta
}

/** The frames to keep a control in view after focus moves: the layout settles meanwhile. */
const SETTLE_FRAMES = 4
let keeping = 0

/**
 * Reveals `element` now and on the next few frames while it keeps focus: focusing a text field
 * opens the keyboard, which lifts the bars and shrinks the region, and the "More below" cue can
 * come back, a frame or two after focus moved. A later call (focus moved on) ends an earlier one.
 */
export function keepInView(element: Element): void {
  keeping += 1
  const mine = keeping
  revealInView(element)
  const view = element.ownerDocument.defaultView
  if (view === null || typeof view.requestAnimationFrame !== 'function') return
  let frames = SETTLE_FRAMES
  const again = () => {
    if (mine !== keeping || element.ownerDocument.activeElement !== element) return
    revealInView(element)
    frames -= 1
    if (frames > 0) view.requestAnimationFrame(again)
  }
  view.requestAnimationFrame(again)
}
