import { useEffect, useState } from 'react'

import type { PublicConfig } from '../../../shared/config/public-config'
import { useBridge } from '../../bridge/kiosk-bridge'

export type PublicConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly config: PublicConfig }
  | { readonly status: 'unavailable' }

/** The clinic's portals, help line and languages, as main (or the preview) reports them. */
export function usePublicConfig(): PublicConfigState {
  const bridge = useBridge()
  const [state, setState] = useState<PublicConfigState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    void bridge.getPublicConfig().then((result) => {
      if (!live) return
      setState(result.ok ? { status: 'ready', config: result.value } : { status: 'unavailable' })
    })
    return () => {
      live = false
    }
  }, [bridge])
  return state
}
