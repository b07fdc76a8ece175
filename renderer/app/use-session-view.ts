import { useEffect, useState } from 'react'

import type { SessionView } from '../../shared/ipc/session-channels'
import { useBridge } from '../bridge/kiosk-bridge'
import { useBootSnapshot } from '../kiosk-state/boot-snapshot'
import { leavesPatientScreens, releasePatientScreen } from './release-patient-screen'

/**
 * The session view main last told us about: asked for once on mount, then kept current by
 * main's pushes. `null` until the first answer; a failed answer is shown as out-of-order.
 * A push that ends the patient's screens first empties and unfocuses their fields
 * (release-patient-screen.ts).
 */
export function useSessionView(): SessionView | null {
  const bridge = useBridge()
  const boot = useBootSnapshot()
  const [view, setView] = useState<SessionView | null>(boot?.view ?? null)
  useEffect(() => {
    let live = true
    const unsubscribe = bridge.onSessionState((next) => {
      // Before React removes the patient's screens: nothing of theirs may outlive them.
      if (leavesPatientScreens(next)) releasePatientScreen()
      setView(next)
    })
    void bridge.getSessionState().then((result) => {
      if (!live) return
      setView(
        (known) => known ?? (result.ok ? result.value : { phase: 'out-of-order', generation: 0 }),
      )
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [bridge])
  return view
}
