import type { FocusPlace } from './key-map'

/** The on-screen keyboard marks itself with this attribute (OnScreenKeyboard.tsx). */
export const GRID_SELECTOR = '[data-keypad-grid]'

const CANDIDATES =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]'

/** Roles whose arrow keys already mean something to the control itself. */
const OWN_ARROW_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'option',
  'menu',
  'menubar',
  'menuitem',
  'tablist',
  'tab',
  'grid',
  'tree',
  'treeitem',
  'combobox',
])

/** One-line inputs whose left/right move a caret and whose up/down mean nothing useful. */
const ONE_LINE_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password'])

/** Shown and operable: not hidden, not inert, not under aria-hidden, not display:none. */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden], [inert], [aria-hidden="true"]') !== null) return false
  // Chromium knows layout; jsdom does not (it has no checkVisibility), where the attributes
  // above are the whole truth.
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility
  return typeof check === 'function'
    ? check.call(element, { visibilityProperty: true })
    : element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'none'
}

/**
 * The controls the arrows move between, in document order: what Tab reaches, plus every answer
 * of a radio group (Tab stops only at the chosen one; the keypad browses them all).
 */
export function focusableIn(region: ParentNode): HTMLElement[] {
  return [...region.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) =>
      (element.tabIndex >= 0 || element.getAttribute('role') === 'radio') && isShown(element),
  )
}

/**
 * Where the arrows work: the top-most open modal dialog (focus stays inside it, as its own
 * focus trap keeps Tab there), else the whole page (main content, the action bar and the
 * session strip; the staff entry is a key chord, not a control).
 */
export function activeRegion(document: Document): ParentNode {
  const modals = [...document.querySelectorAll<HTMLElement>('[aria-modal="true"]')].filter(isShown)
  const active = document.activeElement
  // The one holding focus is the one on top (each dialog moves focus into itself on opening).
  const holding = modals.find((modal) => active !== null && modal.contains(active))
  return holding ?? modals.at(-1) ?? document.body
}

/**
 * The control `step` away from `from` in `controls`, wrapping at both ends. `from` may be
 * something that is not a control (a step's heading, which takes focus when a step appears):
 * then the nearest control after (or before) it in document order.
 */
export function neighbour(
  controls: readonly HTMLElement[],
  from: Element | null,
  step: 1 | -1,
): HTMLElement | null {
  if (controls.length === 0) return null
  const at = from === null ? -1 : controls.indexOf(from as HTMLElement)
  if (at >= 0) return controls[(at + step + controls.length) % controls.length] ?? null
  if (from === null || from === from.ownerDocument.body) {
    return (step === 1 ? controls[0] : controls.at(-1)) ?? null
  }
  const following = (control: HTMLElement) =>
    (from.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  if (step === 1) return controls.find(following) ?? controls[0] ?? null
  return controls.findLast((control) => !following(control)) ?? controls.at(-1) ?? null
}

/** How the key map should read the focused element. */
export function placeOf(element: Element | null): FocusPlace {
  if (element === null) return 'other'
  if (element.closest(GRID_SELECTOR) !== null && element.tagName === 'BUTTON') return 'grid-key'
  if (element.closest('[data-keypad-arrows="own"]') !== null) return 'own-arrows'
  if (element instanceof HTMLElement && element.isContentEditable) return 'own-arrows'
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return 'own-arrows'
  if (element.tagName === 'INPUT') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase()
    // Number, date, range, checkbox…: their arrows (or Space) are their own.
    return ONE_LINE_TYPES.has(type) ? 'text-field' : 'own-arrows'
  }
  const role = element.getAttribute('role')
  if (role === 'radio') return 'radio'
  if (role !== null && OWN_ARROW_ROLES.has(role)) return 'own-arrows'
  return 'other'
}

export function isTextField(element: Element | null): element is HTMLInputElement {
  return placeOf(element) === 'text-field'
}
