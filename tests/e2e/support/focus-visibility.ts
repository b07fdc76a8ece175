import type { Page } from 'playwright-core'

/**
 * What hides the focused control (WCAG 2.2 SC 2.4.11 Focus Not Obscured): empty when it is
 * entirely in view. The control's box, grown by `ring` px on every side so some of its 4 px
 * focus ring (3 px offset) shows too, must lie inside the viewport and every ancestor that
 * clips it (the step's scroll region, a scrolling keyboard dock), and must not meet the docked
 * keyboard, the action bar, the session strip, the top band or the "More below" fade — unless
 * the control is inside that part. A hit test at its centre and near its corners must find the
 * control itself (it catches whatever else is drawn on top).
 */
export async function focusObscured(page: Page, ring = 2): Promise<string[]> {
  return page.evaluate((margin) => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return ['nothing focused']
    const name = `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}”`
    const problems: string[] = []
    // html, body and #root hide their overflow, but a script can still scroll them.
    for (const page of [document.documentElement, document.body, document.getElementById('root')])
      if (page !== null && (page.scrollTop !== 0 || page.scrollLeft !== 0))
        problems.push(`the page (${page.tagName.toLowerCase()}) scrolled: it must never scroll`)
    const box = element.getBoundingClientRect()
    // A scroll region that takes focus (its content overflows) is bigger than what shows of it:
    // only ask that it is not under something else.
    const style = getComputedStyle(element)
    if (/auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight) {
      const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2)
      if (hit === null || !element.contains(hit)) problems.push(`${name}: its centre is covered`)
      return problems
    }
    const want = {
      left: box.left - margin,
      top: box.top - margin,
      right: box.right + margin,
      bottom: box.bottom + margin,
    }
    const round = (value: number) => Math.round(value)
    const describe = (rect: { top: number; bottom: number }) =>
      `${round(rect.top)}–${round(rect.bottom)}`

    // Visible area: the viewport, cut by every ancestor that clips (overflow other than visible).
    let visible = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
    let clipper = 'the viewport'
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      if (node === document.body || node === document.documentElement) break
      const style = getComputedStyle(node)
      // A fixed part (the docked keyboard) escapes its ancestors' clipping: only its own clips.
      const fixed = style.position === 'fixed'
      if (style.overflowX === 'visible' && style.overflowY === 'visible') {
        if (fixed) break
        continue
      }
      const outer = node.getBoundingClientRect()
      // The scrollport: inside the borders, without a scroll bar.
      const left = outer.left + node.clientLeft
      const top = outer.top + node.clientTop
      const next = {
        left: Math.max(visible.left, left),
        top: Math.max(visible.top, top),
        right: Math.min(visible.right, left + node.clientWidth),
        bottom: Math.min(visible.bottom, top + node.clientHeight),
      }
      if (next.top > visible.top || next.bottom < visible.bottom)
        clipper = `.${[...node.classList].join('.')}`
      visible = next
      if (fixed) break
    }
    if (
      want.left < visible.left - 0.5 ||
      want.top < visible.top - 0.5 ||
      want.right > visible.right + 0.5 ||
      want.bottom > visible.bottom + 0.5
    )
      problems.push(`${name} at ${describe(want)} is cut off by ${clipper} (${describe(visible)})`)

    // The parts fixed or docked around the step.
    const covers = [
      '.kiosk-keyboard-dock',
      '.kiosk-action-bar',
      '.kiosk-session-bar',
      '.kiosk-header',
      '.kiosk-scroll-cue',
    ]
    for (const selector of covers) {
      for (const cover of document.querySelectorAll(selector)) {
        if (cover.contains(element)) continue
        const whole = cover.getBoundingClientRect()
        // The "More below" fade is see-through at its top and nearly opaque in its lower half;
        // that half and its tab hide what is under them.
        const tab = cover.querySelector('button')?.getBoundingClientRect()
        const top = Math.min(whole.top + whole.height / 2, tab?.top ?? whole.bottom)
        const rect = cover.matches('.kiosk-scroll-cue')
          ? new DOMRect(whole.x, top, whole.width, whole.bottom - top)
          : whole
        if (rect.width === 0 || rect.height === 0) continue
        const meets =
          want.left < rect.right - 0.5 &&
          want.right > rect.left + 0.5 &&
          want.top < rect.bottom - 0.5 &&
          want.bottom > rect.top + 0.5
        if (meets)
          problems.push(`${name} at ${describe(want)} is under ${selector} (${describe(rect)})`)
      }
    }

    // What is drawn on top, where a finger (or an eye) would look.
    // Inside the rounded corners (hit testing follows border-radius): 0.3 r is inside.
    const radius = parseFloat(style.borderTopLeftRadius) || 0
    const inset = Math.min(Math.max(4, radius * 0.3 + 1), box.width / 4, box.height / 4)
    const points: [string, number, number][] = [
      ['centre', (box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ['top-left', box.left + inset, box.top + inset],
      ['top-right', box.right - inset, box.top + inset],
      ['bottom-left', box.left + inset, box.bottom - inset],
      ['bottom-right', box.right - inset, box.bottom - inset],
    ]
    for (const [where, x, y] of points) {
      const hit = document.elementFromPoint(x, y)
      if (hit === null || !(hit === element || element.contains(hit))) {
        const what =
          hit === null
            ? 'nothing (off screen)'
            : `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`
        problems.push(`${name}: its ${where} shows ${what}`)
      }
    }
    return problems
  }, ring)
}

/** Two frames: the keyboard docks, the bars move up, and anything waiting for a frame has run. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))),
      ),
  )
}
