import { act, render } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import { BridgeContext } from '../../../renderer/bridge/kiosk-bridge'
import { usePortalBounds } from '../../../renderer/features/handoff/use-portal-bounds'

/**
 * The hand-off's measuring hook in jsdom, which does no layout: the box is set by the test, and
 * ResizeObserver (absent from jsdom) is a fake the test fires, as the browser would.
 */
class FakeResizeObserver {
  static live = new Set<FakeResizeObserver>()
  readonly targets: Element[] = []
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.live.add(this)
  }
  observe(target: Element) {
    this.targets.push(target)
  }
  disconnect() {
    FakeResizeObserver.live.delete(this)
  }
  static fire() {
    for (const observer of FakeResizeObserver.live) observer.callback()
  }
}

let box = { left: 0, top: 96, right: 1080, bottom: 1200 }

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.dataset['testid'] !== 'area') return new DOMRect(0, 0, 0, 0)
    return new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top)
  })
  box = { left: 0, top: 96, right: 1080, bottom: 1200 }
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  delete document.documentElement.dataset['textSize']
})

function Area({ visible, layoutKey }: { visible: boolean; layoutKey?: string }) {
  const area = useRef<HTMLDivElement>(null)
  usePortalBounds(area, visible, layoutKey)
  return <div ref={area} data-testid="area" />
}

function renderArea(props: { visible: boolean; layoutKey?: string }) {
  const setPortalBounds = vi.fn(() => Promise.resolve({ ok: true as const, value: null }))
  const bridge = { setPortalBounds } as unknown as KioskBridge
  const view = render(
    <BridgeContext.Provider value={bridge}>
      <Area {...props} />
    </BridgeContext.Provider>,
  )
  const rerender = (next: { visible: boolean; layoutKey?: string }) =>
    view.rerender(
      <BridgeContext.Provider value={bridge}>
        <Area {...next} />
      </BridgeContext.Provider>,
    )
  const sent = () => setPortalBounds.mock.calls.map((call) => (call as unknown[])[0])
  return { ...view, rerender, sent }
}

/** One animation frame (vitest's fake timers drive requestAnimationFrame too). */
const nextFrame = () => act(() => vi.advanceTimersByTime(16))

describe('usePortalBounds (the hand-off tells main where the official page goes)', () => {
  it('reports the box at once, edges rounded on their own (no seam next to our bar)', () => {
    box = { left: 0.4, top: 95.6, right: 1079.6, bottom: 1200.5 }
    const { sent } = renderArea({ visible: true })
    expect(sent()).toEqual([{ visible: true, bounds: { x: 0, y: 96, width: 1080, height: 1105 } }])
  })

  it('follows a window resize (orientation change) within one frame, once per frame', async () => {
    const { sent } = renderArea({ visible: true })
    box = { left: 0, top: 80, right: 1160, bottom: 1000 }
    act(() => {
      window.dispatchEvent(new Event('resize'))
      FakeResizeObserver.fire()
      FakeResizeObserver.fire()
    })
    expect(sent()).toHaveLength(1) // not yet: coalesced to the next frame
    await nextFrame()
    expect(sent()).toEqual([
      { visible: true, bounds: { x: 0, y: 96, width: 1080, height: 1104 } },
      { visible: true, bounds: { x: 0, y: 80, width: 1160, height: 920 } },
    ])
    await nextFrame()
    expect(sent()).toHaveLength(2)
  })

  it('observes both the box and the page for size changes', () => {
    renderArea({ visible: true })
    const targets = [...FakeResizeObserver.live].flatMap((observer) => observer.targets)
    expect(targets).toContain(document.documentElement)
    expect(targets.some((target) => (target as HTMLElement).dataset['testid'] === 'area')).toBe(
      true,
    )
  })

  it('follows a text-size change on <html>', async () => {
    const { sent } = renderArea({ visible: true })
    box = { left: 0, top: 140, right: 1080, bottom: 1200 }
    await act(async () => {
      document.documentElement.dataset['textSize'] = 'large'
      await Promise.resolve() // MutationObserver callbacks are microtasks
    })
    await nextFrame()
    expect(sent().at(-1)).toEqual({
      visible: true,
      bounds: { x: 0, y: 140, width: 1080, height: 1060 },
    })
  })

  it('re-measures in the same commit when the layout key changes (keyboard open)', () => {
    const { sent, rerender } = renderArea({ visible: true, layoutKey: 'closed' })
    box = { left: 0, top: 96, right: 1080, bottom: 1000 }
    rerender({ visible: true, layoutKey: 'open' })
    // No frame has passed: the keyboard's space is taken from the page before it paints.
    expect(sent().at(-1)).toEqual({
      visible: true,
      bounds: { x: 0, y: 96, width: 1080, height: 904 },
    })
  })

  it('still reports when no animation frame comes (a window that is not painting)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0)
    vi.stubGlobal('cancelAnimationFrame', () => undefined)
    const { sent } = renderArea({ visible: true })
    box = { left: 0, top: 96, right: 1080, bottom: 900 }
    act(() => FakeResizeObserver.fire())
    await act(() => vi.advanceTimersByTime(99))
    expect(sent()).toHaveLength(1)
    await act(() => vi.advanceTimersByTime(1))
    expect(sent().at(-1)).toMatchObject({ bounds: { height: 804 } })
  })

  it('does not send the same bounds twice', async () => {
    const { sent } = renderArea({ visible: true })
    act(() => FakeResizeObserver.fire())
    await nextFrame()
    act(() => window.dispatchEvent(new Event('resize')))
    await nextFrame()
    expect(sent()).toHaveLength(1)
  })

  it('hides the page at once when covered, and when the screen goes away', () => {
    const { sent, rerender, unmount } = renderArea({ visible: true })
    rerender({ visible: false })
    expect(sent().at(-1)).toMatchObject({ visible: false })
    rerender({ visible: true })
    expect(sent().at(-1)).toMatchObject({ visible: true })
    unmount()
    expect(sent().at(-1)).toEqual({ visible: false, bounds: { x: 0, y: 0, width: 0, height: 0 } })
    // Nothing is left listening after the screen has gone.
    expect(FakeResizeObserver.live.size).toBe(0)
  })
})
