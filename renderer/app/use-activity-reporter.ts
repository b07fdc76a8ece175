import { useEffect } from 'react'

import type { KioskBridge } from '../../shared/ipc/kiosk-bridge'

/** At most one activity message a second: enough for an idle timer counted in seconds. */
export const ACTIVITY_THROTTLE_MS = 1000

/**
 * Tells main the patient is still here (touch, mouse, keys) so the idle timer restarts.
 * Main owns the timer; the UI only reports.
 */
export function useActivityReporter(
  bridge: KioskBridge,
  enabled: boolean,
  now: () => number = Date.now,
): void {
  useEffect(() => {
    if (!enabled) return
    let last = -Infinity
    const report = (source: 'pointer' | 'key') => () => {
      const time = now()
      if (time - last < ACTIVITY_THROTTLE_MS) return
      last = time
      void bridge.reportActivity({ source })
    }
    const onPointer = report('pointer')
    const onKey = report('key')
    document.addEventListener('pointerdown', onPointer, { capture: true, passive: true })
    document.addEventListener('keydown', onKey, { capture: true, passive: true })
    return () => {
      document.removeEventListener('pointerdown', onPointer, { capture: true })
      document.removeEventListener('keydown', onKey, { capture: true })
    }
  }, [bridge, enabled, now])
}
