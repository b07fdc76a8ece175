import { useEffect, useState } from 'react'

import type { KioskInfo } from '../../shared/ipc/kiosk-channels'
import { useBridge } from '../bridge/kiosk-bridge'
import { useBootSnapshot } from './boot-snapshot'

export function useKioskInfo(): KioskInfo | null {
  const bridge = useBridge()
  const boot = useBootSnapshot()
  const [info, setInfo] = useState<KioskInfo | null>(boot?.info ?? null)
  useEffect(() => {
    let live = true
    void bridge.getInfo().then((result) => {
      if (live && result.ok) setInfo(result.value)
    })
    return () => {
      live = false
    }
  }, [bridge])
  return info
}
