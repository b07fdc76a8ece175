import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  keepInView,
  revealDelta,
  revealInView,
  RING_MARGIN,
} from '../../../renderer/components/reveal-in-view'

/** A step's scroll region from 100 to 600 px on a 1000 px screen, in portrait. */
const view = { top: 100, bottom: 600 }
const below = (top: number, bottom: number) => ({ top, bottom, overlapsColumn: true })

describe('revealDelta (the geometry)', () => {
  it('leaves a control that shows whole, with its ring, where it is', () => {
    expect(revealDelta({ top: 200, bottom: 300 }, view, [])).toBe(0)
    expect(revealDelta({ top: 100 + RING_MARGIN, bottom: 600 - RING_MARGIN }, view, [])).toBe(0)
  })

  it('scrolls up to a control above the region and down to one below it, ring included', () => {
    expect(revealDelta({ top: 50, bottom: 150 }, view, [])).toBe(50 - RING_MARGIN - 100)
    expect(revealDelta({ top: 580, bottom: 680 }, view, [])).toBe(680 + RING_MARGIN - 600)
    // Cut by just the ring's width: still moved, so the ring shows.
    expect(revealDelta({ top: 200, bottom: 596 }, view, [], 8)).toBe(4)
  })

  it('keeps a control clear of a cover over the bottom (the docked keyboard, the "More below" fade)', () => {
    // The keyboard covers 450 px and below: the control at 420–520 goes up above it.
    expect(revealDelta({ top: 420, bottom: 520 }, view, [below(450, 1000)])).toBe(
      520 + RING_MARGIN - 450,
    )
    // A cue over the region's lower edge (520–600) likewise.
    expect(revealDelta({ top: 440, bottom: 530 }, view, [below(520, 600)])).toBe(
      530 + RING_MARGIN - 520,
    )
  })

  it('keeps a control clear of a cover over the top (the band)', () => {
    expect(revealDelta({ top: 120, bottom: 200 }, view, [below(0, 160)])).toBe(
      120 - RING_MARGIN - 160,
    )
  })

  it('ignores covers beside the control or outside the region', () => {
    const beside = { top: 300, bottom: 1000, overlapsColumn: false }
    expect(revealDelta({ top: 400, bottom: 500 }, view, [beside])).toBe(0)
    // The action bar right under the region does not shrink it.
    expect(revealDelta({ top: 400, bottom: 500 }, view, [below(600, 700)])).toBe(0)
  })

  it('shows the top of a control taller than the room left', () => {
    // 100–300 left above a cover at 300; the control is 400 px tall.
    expect(revealDelta({ top: 350, bottom: 750 }, view, [below(300, 1000)])).toBe(
      350 - RING_MARGIN - 100,
    )
  })
})

/** The element `selector` finds; the test's own markup has it. */
function the<T extends HTMLElement = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector)
  if (found === null) throw new Error(`no ${selector}`)
  return found
}

/** jsdom does no layout: boxes by hand, moving with the region's scrollTop. */
function layOut() {
  document.body.innerHTML = `
    <header class="kiosk-header"></header>
    <div class="kiosk-content__scroll" style="overflow-y: auto">
      <input id="field">
      <div class="kiosk-keyboard-dock kiosk-keyboard-dock--fixed" style="position: fixed">
        <button id="key">A</button>
      </div>
    </div>
    <div class="kiosk-action-bar"><button id="continue">Continue</button></div>`
  const region = the('.kiosk-content__scroll')
  let scrollTop = 0
  Object.defineProperty(region, 'scrollTop', {
    get: () => scrollTop,
    set: (value: number) => {
      scrollTop = value
    },
  })
  Object.defineProperty(region, 'scrollHeight', { value: 2000 })
  Object.defineProperty(region, 'clientHeight', { value: 500 })
  const box = (element: Element, rect: () => DOMRect) => {
    element.getBoundingClientRect = rect
  }
  box(the('.kiosk-header'), () => new DOMRect(0, 0, 1000, 100))
  box(region, () => new DOMRect(0, 100, 1000, 500))
  box(the('#field'), () => new DOMRect(100, 700 - scrollTop, 600, 100))
  box(the('.kiosk-keyboard-dock'), () => new DOMRect(0, 450, 1000, 550))
  box(the('#key'), () => new DOMRect(10, 500, 80, 72))
  box(the('.kiosk-action-bar'), () => new DOMRect(0, 600, 1000, 100))
  box(the('#continue'), () => new DOMRect(800, 610, 200, 80))
  return { region, scroll: () => scrollTop }
}

describe('revealInView (in the DOM)', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('scrolls the step region, never the window, to bring a field above the docked keyboard', () => {
    const { scroll } = layOut()
    const windowScroll = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined)
    revealInView(the('#field'))
    // The field (700–800) ends at the keyboard's top (450) less the ring's margin.
    expect(scroll()).toBe(800 + RING_MARGIN - 450)
    expect(windowScroll).not.toHaveBeenCalled()
  })

  it('moves nothing for a key in the docked keyboard or a button in the action bar', () => {
    const { scroll } = layOut()
    revealInView(the('#key'))
    revealInView(the('#continue'))
    expect(scroll()).toBe(0)
  })

  it('keeps the field in view over the next frames while it has focus', () => {
    const { region, scroll } = layOut()
    const frames: FrameRequestCallback[] = []
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback)
      return frames.length
    })
    const field = the<HTMLInputElement>('#field')
    field.focus()
    keepInView(field)
    const first = scroll()
    // The patient scrolls the field away; the next frame brings it back (the keyboard came).
    region.scrollTop = 0
    frames.shift()?.(0)
    expect(scroll()).toBe(first)
    // Focus moves on: the old field is left where it is.
    field.blur()
    region.scrollTop = 0
    frames.shift()?.(0)
    expect(scroll()).toBe(0)
  })
})
