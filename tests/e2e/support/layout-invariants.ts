import type { Page } from 'playwright-core'

/**
 * The layout invariants of a kiosk screen (KIOSK-UX "Every corner of the matrix"), measured in
 * the page in one pass: the walk calls `measureLayout` once per screen state and gets back
 * every broken rule as a sentence with its numbers.
 *
 * - The official page's bounds (the last `setPortalBounds` main was sent, recorded by the
 *   preview bridge) intersect no visible control: in Electron the view is drawn above our page.
 * - Every visible control's centre hit-tests to itself (`document.elementFromPoint`).
 * - No text overflows its box or is cut by a box that does not scroll.
 * - Controls and text keep the side margins.
 * - The things a state requires are in view without scrolling anything (page or region).
 * - The on-screen keyboard's keys are at least 72 × 72 px with at least 8 px between them, and
 *   no row wraps.
 * - The page itself never scrolls.
 */

/** Something a state must show in view without scrolling: a pattern for its text. */
export interface Required {
  /** How a failure names it. */
  readonly name: string
  /** A regular expression (source) its whole text, spaces collapsed, must match. */
  readonly pattern: string
}

export interface LayoutRules {
  readonly required: readonly Required[]
  /** Least distance from each side of the screen to any control or text, in px. */
  readonly sideMargin: number
  /** Least key size and gap of the on-screen keyboard, in px. */
  readonly keySize: number
  readonly keyGap: number
}

export const kioskRules: Omit<LayoutRules, 'required'> = {
  sideMargin: 32,
  keySize: 72,
  keyGap: 8,
}

/** A pattern matching `text` exactly (spaces collapsed), with `{{count}}` as any number. */
export function exactly(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return `^${escaped.replace(/\\\{\\\{count\\\}\\\}/g, '\\d+')}$`
}

/** Waits for the frames in which the app re-lays out and reports the portal bounds. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let frames = 3
        const next = () => (--frames === 0 ? done() : requestAnimationFrame(next))
        requestAnimationFrame(next)
      }),
  )
}

export function measureLayout(page: Page, rules: LayoutRules): Promise<string[]> {
  return page.evaluate(measureInPage, rules)
}

/** Runs in the page (self-contained: Playwright serialises it). */
function measureInPage(rules: LayoutRules): string[] {
  const failures: string[] = []
  const width = window.innerWidth
  const height = window.innerHeight
  const px = (value: number) => String(Math.round(value))
  const text = (element: Element) =>
    (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim()
  const name = (element: Element) => {
    const label = text(element)
    return `${element.tagName.toLowerCase()} "${label.length > 40 ? `${label.slice(0, 39)}…` : label}"`
  }
  const boxText = (box: { left: number; top: number; right: number; bottom: number }) =>
    `(${px(box.left)},${px(box.top)})–(${px(box.right)},${px(box.bottom)})`

  interface Rect {
    left: number
    top: number
    right: number
    bottom: number
  }
  const intersect = (a: Rect, b: Rect): Rect => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  })
  const isEmpty = (rect: Rect) => rect.right - rect.left < 1 || rect.bottom - rect.top < 1

  /** The preview's stand-in for the official page: drawn where main would draw the view. */
  const standIn = document.querySelector('[data-portal-stand-in]')
  // What the official page paints over in Electron (its placeholder in the preview) is not ours
  // to show: only the view's bounds matter there. (Called only once `portal` is set, below.)
  const ours = (element: Element) =>
    (standIn === null || !standIn.contains(element)) &&
    (portal === null || element.closest('[data-portal-area]') === null)

  const shown = (element: Element) => {
    if (!ours(element)) return false
    if (element.closest('[inert]') !== null) return false
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false
    const box = element.getBoundingClientRect()
    // Visually hidden text (for screen readers only) is 1 px and clipped on purpose.
    return box.width > 1 && box.height > 1
  }

  /** The part of the viewport `element` can show: inside every ancestor that clips it. */
  const clipOf = (element: Element) => {
    let clip: Rect = { left: 0, top: 0, right: width, bottom: height }
    let clipper: { element: Element; scrolls: boolean } | null = null
    for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
      const style = getComputedStyle(parent)
      if (style.position === 'fixed') break
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
      const box = parent.getBoundingClientRect()
      const inner = {
        left: box.left + parent.clientLeft,
        top: box.top + parent.clientTop,
        right: box.left + parent.clientLeft + parent.clientWidth,
        bottom: box.top + parent.clientTop + parent.clientHeight,
      }
      const next = intersect(clip, inner)
      if (
        next.left > clip.left ||
        next.top > clip.top ||
        next.right < clip.right ||
        next.bottom < clip.bottom
      ) {
        const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY)
        clipper ??= { element: parent, scrolls }
      }
      clip = next
    }
    return { clip, clipper }
  }

  // The page itself never scrolls.
  const root = document.scrollingElement ?? document.documentElement
  if (root.scrollHeight > height + 1)
    failures.push(`the page scrolls: ${px(root.scrollHeight)} px tall in a ${px(height)} px screen`)
  if (root.scrollWidth > width + 1)
    failures.push(`the page scrolls sideways: ${px(root.scrollWidth)} px wide in ${px(width)} px`)

  // The official page's bounds as main last received them.
  const bounds = (window.__kioskPreview?.calls ?? [])
    .filter((call) => call.method === 'setPortalBounds')
    .at(-1)?.request as
    | { visible: boolean; bounds: { x: number; y: number; width: number; height: number } }
    | undefined
  const portal: Rect | null =
    bounds?.visible === true && bounds.bounds.width > 0 && bounds.bounds.height > 0
      ? {
          left: bounds.bounds.x,
          top: bounds.bounds.y,
          right: bounds.bounds.x + bounds.bounds.width,
          bottom: bounds.bounds.y + bounds.bounds.height,
        }
      : null

  // Behind an open modal dialog nothing is reachable (its backdrop takes the taps): only the
  // dialog's own controls and text count then.
  const modal = [...document.querySelectorAll('[aria-modal="true"]')].filter(shown).at(-1) ?? null
  const inScope = (element: Element) => modal === null || modal.contains(element)

  /** Many controls broken the same way make one line: the rule, then each one's numbers. */
  const grouped = new Map<string, string[]>()
  const group = (rule: string, subject: string) => {
    const names = grouped.get(rule) ?? []
    names.push(subject)
    grouped.set(rule, names)
  }

  const controlSelector =
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="link"], [role="tab"]'
  const controls = [...document.querySelectorAll(controlSelector)].filter(
    (element) => shown(element) && inScope(element),
  )

  for (const control of controls) {
    const box = control.getBoundingClientRect()
    const { clip, clipper } = clipOf(control)
    const seen = intersect(box, clip)
    if (isEmpty(seen)) {
      // Scrolled out of its own scroll region: allowed (the region shows a cue).
      if (clipper?.scrolls === true) continue
      failures.push(`${name(control)} at ${boxText(box)} is off screen or hidden by its box`)
      continue
    }
    const x = (box.left + box.right) / 2
    const y = (box.top + box.bottom) / 2
    const centreSeen = x >= clip.left && x < clip.right && y >= clip.top && y < clip.bottom
    if (!centreSeen) {
      if (clipper?.scrolls !== true)
        failures.push(
          `${name(control)} at ${boxText(box)} is cut: only ${boxText(seen)} shows (${clipper === null ? 'the screen edge' : name(clipper.element)})`,
        )
    } else {
      const hit = document.elementFromPoint(x, y)
      const label = control instanceof HTMLInputElement ? [...(control.labels ?? [])] : []
      const itself =
        hit !== null &&
        (hit === control ||
          control.contains(hit) ||
          label.some((element) => element === hit || element.contains(hit)) ||
          // a native control drawn by its label (a visually hidden radio inside a card)
          (hit.contains(control) && hit.matches('label')))
      if (!itself)
        group(
          `centres hit ${hit === null ? 'nothing' : ours(hit) ? name(hit) : 'the official page'}`,
          `${name(control)} (${px(x)},${px(y)})`,
        )
    }
    if (portal !== null && !isEmpty(intersect(seen, portal)))
      group(
        `under the official page's bounds ${boxText(portal)}`,
        `${name(control)} ${boxText(seen)}`,
      )
    if (seen.left < rules.sideMargin - 0.5 || seen.right > width - rules.sideMargin + 0.5)
      failures.push(
        `${name(control)} spans x ${px(seen.left)}–${px(seen.right)}: side margins under ${rules.sideMargin} px (screen ${px(width)})`,
      )
  }

  // Text: never spills out of its box nor cut by a box that does not scroll.
  const textSelector = 'h1, h2, h3, p, li, label, legend, button, dt, dd, [role="status"]'
  for (const element of [...document.querySelectorAll<HTMLElement>(textSelector)].filter(
    (element) => shown(element) && inScope(element),
  )) {
    if (text(element) === '') continue
    const style = getComputedStyle(element)
    if (style.display.startsWith('inline') && !style.display.includes('block')) continue
    const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY)
    if (!scrolls) {
      const overX = element.scrollWidth - element.clientWidth
      const overY = element.scrollHeight - element.clientHeight
      if (overX > 1 || overY > 1)
        failures.push(
          `${name(element)}: its text needs ${px(element.scrollWidth)}×${px(element.scrollHeight)} px in a ${px(element.clientWidth)}×${px(element.clientHeight)} box`,
        )
    }
    const box = element.getBoundingClientRect()
    const { clip, clipper } = clipOf(element)
    const seen = intersect(box, clip)
    const whole =
      seen.left <= box.left + 1 &&
      seen.top <= box.top + 1 &&
      seen.right >= box.right - 1 &&
      seen.bottom >= box.bottom - 1
    if (!whole && clipper?.scrolls !== true)
      failures.push(
        `${name(element)} at ${boxText(box)} is cut to ${isEmpty(seen) ? 'nothing' : boxText(seen)} by ${clipper === null ? 'the screen edge' : name(clipper.element)}`,
      )
    if (
      !isEmpty(seen) &&
      (seen.left < rules.sideMargin - 0.5 || seen.right > width - rules.sideMargin + 0.5) &&
      !element.matches('button')
    )
      failures.push(
        `${name(element)} spans x ${px(seen.left)}–${px(seen.right)}: side margins under ${rules.sideMargin} px (screen ${px(width)})`,
      )
  }

  // What the state requires: in view whole, without scrolling the page or any region.
  const candidates = [
    ...document.querySelectorAll(
      'button, a[href], h1, h2, h3, p, li, label, [role="status"], [role="timer"], [role="alert"]',
    ),
  ]
  for (const required of rules.required) {
    const pattern = new RegExp(required.pattern)
    const found = candidates.find((element) => pattern.test(text(element)) && shown(element))
    if (found === undefined) {
      failures.push(`${required.name} is not shown`)
      continue
    }
    const box = found.getBoundingClientRect()
    const { clip } = clipOf(found)
    const seen = intersect(box, clip)
    if (
      seen.top > box.top + 1 ||
      seen.bottom < box.bottom - 1 ||
      seen.left > box.left + 1 ||
      seen.right < box.right - 1
    )
      failures.push(
        `${required.name} at ${boxText(box)} is not in view without scrolling: ${isEmpty(seen) ? 'nothing' : boxText(seen)} shows`,
      )
    if (portal !== null && !isEmpty(intersect(box, portal)))
      failures.push(
        `${required.name} at ${boxText(box)} is under the official page ${boxText(portal)}`,
      )
  }

  // The on-screen keyboard.
  const keys = [...document.querySelectorAll('.kiosk-key')].filter(
    (key) => shown(key) && inScope(key),
  )
  const keyBoxes = keys.map((key) => ({ key, box: key.getBoundingClientRect() }))
  for (const { key, box } of keyBoxes) {
    if (box.width < rules.keySize - 0.5 || box.height < rules.keySize - 0.5)
      group(
        `keys under ${rules.keySize}×${rules.keySize} px`,
        `${name(key)} ${px(box.width)}×${px(box.height)}`,
      )
  }
  for (const { key, box } of keyBoxes) {
    let right = Number.POSITIVE_INFINITY
    let below = Number.POSITIVE_INFINITY
    for (const other of keyBoxes) {
      if (other.key === key) continue
      const o = other.box
      const sameLine = o.top < box.bottom && box.top < o.bottom
      const sameColumn = o.left < box.right && box.left < o.right
      if (sameLine && o.left >= box.left + 1) right = Math.min(right, o.left - box.right)
      if (sameColumn && o.top >= box.top + 1) below = Math.min(below, o.top - box.bottom)
      if (sameLine && sameColumn) failures.push(`keys ${name(key)} and ${name(other.key)} overlap`)
    }
    if (right < rules.keyGap - 0.5)
      group(
        `keys under ${rules.keyGap} px from the next key on the right`,
        `${name(key)} ${px(right)}`,
      )
    if (below < rules.keyGap - 0.5)
      group(`keys under ${rules.keyGap} px above the next key`, `${name(key)} ${px(below)}`)
  }
  for (const row of document.querySelectorAll('.kiosk-keyboard__row')) {
    if (!shown(row)) continue
    const tops = new Set(
      [...row.querySelectorAll(':scope > .kiosk-key')].map((key) =>
        Math.round(key.getBoundingClientRect().top),
      ),
    )
    if (tops.size > 1)
      failures.push(`keyboard row "${text(row).slice(0, 40)}" wraps onto ${tops.size} lines`)
  }

  for (const [rule, names] of grouped) failures.push(`${names.length} ${rule}: ${names.join(', ')}`)
  return failures
}
