import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

import type { PortalBounds } from '../../../shared/ipc/portal-channels'
import { useBridge } from '../../bridge/kiosk-bridge'
import { freePortalBox, modalDialogShown } from './portal-free-region'

const hiddenBounds: PortalBounds = { x: 0, y: 0, width: 0, height: 0 }

/**
 * If no animation frame comes (a hidden or throttled window does not paint), the change is
 * still reported after this long: bounds are never left stale for want of a frame.
 */
const FALLBACK_MS = 100

/**
 * Tells main where the portal view must paint: the free part of the box of `area`
 * (portal-free-region.ts: never over anything of ours) in CSS pixels of our window
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
 * screen goes away; also the moment any modal dialog of ours opens (the text size, an "are you
 * sure?" question, the idle warning): a mutation observer's callback runs before the next paint,
 * so the dialog is never drawn under the page, even for a frame.
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
        visible: visible && !modalDialogShown(document),
        bounds: element === null ? hiddenBounds : freePortalBox(element),
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
    // A dialog opening or closing anywhere (it may render outside this screen's tree).
    let modal = modalDialogShown(document)
    const dialogs = new MutationObserver(() => {
      if (modalDialogShown(document) === modal) return
      modal = !modal
      send()
    })
    dialogs.observe(document.body, { childList: true, subtree: true })
    return () => {
      dialogs.disconnect()
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
