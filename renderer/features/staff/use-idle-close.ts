import { useEffect, type RefObject } from 'react'

/** The staff panel closes (and locks) after this long without a touch or key inside it. */
export const STAFF_PANEL_IDLE_MS = 60_000

/**
 * Calls `onIdle` once `idleMs` pass without pointer or key activity inside `container`, so a
 * panel left open never stays unlocked in front of the next patient.
 */
export function useIdleClose(
  container: RefObject<HTMLElement | null>,
  onIdle: () => void,
  idleMs = STAFF_PANEL_IDLE_MS,
): void {
  useEffect(() => {
    const root = container.current
    let timer = setTimeout(onIdle, idleMs)
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(onIdle, idleMs)
    }
    root?.addEventListener('pointerdown', restart, { passive: true })
    root?.addEventListener('keydown', restart)
    return () => {
      clearTimeout(timer)
      root?.removeEventListener('pointerdown', restart)
      root?.removeEventListener('keydown', restart)
    }
  }, [container, onIdle, idleMs])
}
