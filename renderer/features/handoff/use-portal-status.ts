import { useCallback, useEffect, useRef, useState } from 'react'

import type { PortalStatus } from '../../../shared/ipc/portal-channels'
import { useBridge } from '../../bridge/kiosk-bridge'
import type { PortalEntry } from './portal-address'

/**
 * Opens the chosen portal in main's portal view and follows its status. Main's pushed events
 * are the truth; the answer to `openPortal` is used only until the first event arrives (events
 * can overtake it) or to notice that the request itself failed.
 */
export function usePortalStatus(portalId: string, entry: PortalEntry) {
  const bridge = useBridge()
  const [status, setStatus] = useState<PortalStatus>({ state: 'loading' })
  const heardEvent = useRef(false)

  const request = useCallback(() => {
    heardEvent.current = false
    void bridge.openPortal({ portalId, entry }).then((result) => {
      if (!result.ok) setStatus({ state: 'failed' })
      else if (!heardEvent.current) setStatus(result.value)
    })
  }, [bridge, portalId, entry])

  useEffect(() => {
    const unsubscribe = bridge.onPortalStatus((next) => {
      heardEvent.current = true
      setStatus(next)
    })
    request()
    return unsubscribe
  }, [bridge, request])

  /** Back to the portal's entry page (after a blocked navigation). */
  const reopen = useCallback(() => {
    setStatus({ state: 'loading' })
    request()
  }, [request])

  const retry = useCallback(() => {
    setStatus({ state: 'loading' })
    void bridge.reloadPortal().then((result) => {
      if (!result.ok) setStatus({ state: 'failed' })
    })
  }, [bridge])

  return { status, reopen, retry }
}
