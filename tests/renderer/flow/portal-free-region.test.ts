import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewPortal } from '../../../renderer/bridge/preview/preview-portal'
import { createPreviewPortalView } from '../../../renderer/bridge/preview/preview-portal-view'
import {
  freePortalBox,
  modalDialogShown,
} from '../../../renderer/features/handoff/portal-free-region'

/**
 * The official page's bounds come from the free region: jsdom does no layout, so each element's
 * box is set by the test (data-box="left top right bottom").
 */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = this.getAttribute('data-box')
    if (box === null) return new DOMRect(0, 0, 0, 0)
    const [left = 0, top = 0, right = 0, bottom = 0] = box.split(' ').map(Number)
    return new DOMRect(left, top, right - left, bottom - top)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

function page(html: string): Element {
  document.body.innerHTML = html
  const area = document.querySelector('[data-portal-area]')
  if (area === null) throw new Error('no area')
  return area
}

describe('freePortalBox (where main may draw the official page)', () => {
  it('is the whole box when nothing of ours lies over it, each edge rounded on its own', () => {
    const area = page(`<div data-portal-area data-box="42.4 280.6 1038.4 1241.5">
        <p data-box="100 600 900 700">In the kiosk, the portal page appears here.</p>
      </div>`)
    // Its own placeholder text does not count: the page is drawn over it.
    expect(freePortalBox(area)).toEqual({ x: 42, y: 281, width: 996, height: 961 })
  })

  it('ends above a keyboard laid over its bottom (portrait), never under it', () => {
    const area = page(`<main data-box="0 0 1080 1920">
        <div data-portal-area data-box="42 281 1038 1241"></div>
        <div class="kiosk-keyboard-dock" data-box="42 1126 1038 1700">
          <button data-box="53 1134 143 1206">q</button>
        </div>
      </main>`)
    expect(freePortalBox(area)).toEqual({ x: 42, y: 281, width: 996, height: 845 })
  })

  it('ends beside a landscape keyboard and above the bar, keeping the larger part', () => {
    const area = page(`<div data-portal-area data-box="42 200 1500 1000"></div>
      <section data-box="900 180 1880 900" aria-label="Keyboard"></section>
      <div class="kiosk-bottom" data-box="0 950 1920 1080"><button data-box="21 960 220 1030">Back</button></div>`)
    expect(freePortalBox(area)).toEqual({ x: 42, y: 200, width: 858, height: 750 })
  })

  it('starts below a line of ours laid over its top, and ignores what is hidden', () => {
    const area = page(`<div data-portal-area data-box="42 200 1038 1200"></div>
      <p data-box="42 180 1038 260">Filled in 3 fields.</p>
      <div hidden><button data-box="42 600 400 700">Retry</button></div>
      <button data-box="0 0 0 0">Empty</button>`)
    expect(freePortalBox(area)).toEqual({ x: 42, y: 260, width: 996, height: 940 })
  })
})

describe('modalDialogShown (the page hides under any dialog of ours)', () => {
  it('sees a modal dialog anywhere in the page, and only a shown one', () => {
    page('<div data-portal-area></div>')
    expect(modalDialogShown(document)).toBe(false)
    document.body.insertAdjacentHTML('beforeend', '<div hidden><div aria-modal="true"></div></div>')
    expect(modalDialogShown(document)).toBe(false)
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true"></div>')
    expect(modalDialogShown(document)).toBe(true)
  })
})

describe("the preview's stand-in for the portal view", () => {
  const standIn = () => document.querySelector<HTMLElement>('[data-portal-stand-in]')

  it('is drawn at the bounds sent, above everything, and goes with the page', async () => {
    const portal = createPreviewPortal()
    const bridge = createPreviewBridge(undefined, {
      portal,
      portalView: createPreviewPortalView(document),
    })
    const bounds = { x: 42, y: 281, width: 996, height: 845 }
    // No page open: nothing is drawn, whatever the bounds.
    await bridge.setPortalBounds({ visible: true, bounds })
    expect(standIn()).toBeNull()

    await bridge.openPortal({ portalId: 'mayo-clinic', entry: 'sign-up' })
    await bridge.setPortalBounds({ visible: true, bounds })
    const view = standIn()
    expect(view?.className).toBe('kiosk-preview-portal-view')
    expect(view?.getAttribute('aria-hidden')).toBe('true')
    expect([view?.style.left, view?.style.top, view?.style.width, view?.style.height]).toEqual([
      '42px',
      '281px',
      '996px',
      '845px',
    ])

    await bridge.setPortalBounds({ visible: false, bounds })
    expect(standIn()).toBeNull()
    await bridge.setPortalBounds({ visible: true, bounds })
    expect(standIn()).not.toBeNull()
    portal.close()
    expect(standIn()).toBeNull()
  })
})
