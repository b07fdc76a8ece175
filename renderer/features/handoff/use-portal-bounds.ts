import { useEffect, useRef, type RefObject } from 'react'

import type { PortalBounds } from '../../../shared/ipc/portal-channels'
import { useBridge } from '../../bridge/kiosk-bridge'

const hiddenBounds: PortalBounds = { x: 0, y: 0, width: 0, height: 0 }

/**
 * Tells main where the portal view must paint: the box of `area` in CSS pixels of our window
 * (device-independent pixels, since zoom is pinned). Re-sent when the box moves or resizes, and
 * `visible: false` whenever something of ours must be seen, and when this screen goes away.
 */
export function usePortalBounds(area: RefObject<HTMLElement | null>, visible: boolean): void {
  const bridge = useBridge()
  const last = useRef<string>('')

  useEffect(() => {
    const element = area.current
    const report = () => {
      const box = element?.getBoundingClientRect()
      const bounds =
        box === undefined
          ? hiddenBounds
          : {
              x: Math.max(0, Math.round(box.left)),
              y: Math.max(0, Math.round(box.top)),
              width: Math.max(0, Math.round(box.width)),
              height: Math.max(0, Math.round(box.height)),
            }
      const request = { visible, bounds }
      const key = JSON.stringify(request)
      if (key === last.current) return
      last.current = key
      void bridge.setPortalBounds(request)
    }
    report()
    window.addEventListener('resize', report)
    window.addEventListener('scroll', report, true)
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report)
    if (element !== null) observer?.observe(element)
    return () => {
      window.removeEventListener('resize', report)
      window.removeEventListener('scroll', report, true)
      observer?.disconnect()
    }
  }, [area, bridge, visible])

  // Leaving the hand-off (Back, Done, erase): the official page must not stay on top.
  useEffect(
    () => () => {
      last.current = ''
      void bridge.setPortalBounds({ visible: false, bounds: hiddenBounds })
    },
    [bridge],
  )
}
