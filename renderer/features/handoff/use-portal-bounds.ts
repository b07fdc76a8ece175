import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

import type { PortalBounds } from '../../../shared/ipc/portal-channels'
import { useBridge } from '../../bridge/kiosk-bridge'

const hiddenBounds: PortalBounds = { x: 0, y: 0, width: 0, height: 0 }

/** The schema's ceiling (portal-channels.ts): a box is never reported larger than main accepts. */
const MAX_EDGE = 10_000

/**
 * If no animation frame comes (a hidden or throttled window does not paint), the change is
 * still reported after this long: bounds are never left stale for want of a frame.
 */
const FALLBACK_MS = 100

/**
 * The box of `element` in whole CSS px of our window. Each edge is rounded on its own (width =
 * right − left), the same rule main applies, so the page meets our bar without a seam.
 */
export function measurePortalBox(element: Element): PortalBounds {
  const box = element.getBoundingClientRect()
  const edge = (value: number) => Math.min(MAX_EDGE, Math.max(0, Math.round(value)))
  const left = edge(box.left)
  const top = edge(box.top)
  return {
    x: left,
    y: top,
    width: Math.max(0, edge(box.right) - left),
    height: Math.max(0, edge(box.bottom) - top),
  }
}

/**
 * Tells main where the portal view must paint: the box of `area` in CSS pixels of our window
 * (device-independent pixels at zoom 1; main applies the zoom and clamps to the window).
 *
 * Reported again whenever the box may have moved or changed size:
 * - `layoutKey` changes (the keyboard opens or closes, a notice appears): measured right after
 *   React commits, before the browser paints;
 * - the box or the page resizes (ResizeObserver), the window resizes (orientation or resolution
 *   change), the page scrolls, or the text size changes (`data-text-size` on <html>).
 * Those are coalesced to one report per animation frame (a ResizeObserver fires every frame of
 * a transition), and a report identical to the last one is not sent again.
 *
 * `visible: false` is sent at once whenever something of ours must be seen, and when this
 * screen goes away.
 */
export function usePortalBounds(
  area: RefObject<HTMLElement | null>,
  visible: boolean,
  layoutKey: string = '',
): void {
  const bridge = useBridge()
  const last = useRef<string>('')
  const report = useRef<() => void>(() => undefined)

  useEffect(() => {
    const element = area.current
    const send = () => {
      const request = {
        visible,
        bounds: element === null ? hiddenBounds : measurePortalBox(element),
      }
      const key = JSON.stringify(request)
      if (key === last.current) return
      last.current = key
      void bridge.setPortalBounds(request)
    }
    report.current = send
    send()

    let frame: number | null = null
    let fallback: ReturnType<typeof setTimeout> | null = null
    const flush = () => {
      if (frame !== null) cancelAnimationFrame(frame)
      if (fallback !== null) clearTimeout(fallback)
      frame = null
      fallback = null
      send()
    }
    const schedule = () => {
      if (fallback !== null) return
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush)
      fallback = setTimeout(flush, FALLBACK_MS)
    }

    window.addEventListener('resize', schedule)
    window.addEventListener('scroll', schedule, true)
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    if (element !== null) resizes?.observe(element)
    resizes?.observe(document.documentElement)
    const textSize = new MutationObserver(schedule)
    textSize.observe(document.documentElement, { attributeFilter: ['data-text-size'] })
    return () => {
      window.removeEventListener('resize', schedule)
      window.removeEventListener('scroll', schedule, true)
      resizes?.disconnect()
      textSize.disconnect()
      if (frame !== null) cancelAnimationFrame(frame)
      if (fallback !== null) clearTimeout(fallback)
      report.current = () => undefined
    }
  }, [area, bridge, visible])

  // The layout of this screen changed in this very commit (keyboard, notice): no frame's wait.
  useLayoutEffect(() => {
    report.current()
  }, [layoutKey])

  // Leaving the hand-off (Back, Done, erase): the official page must not stay on top.
  useEffect(
    () => () => {
      last.current = ''
      void bridge.setPortalBounds({ visible: false, bounds: hiddenBounds })
    },
    [bridge],
  )
}
