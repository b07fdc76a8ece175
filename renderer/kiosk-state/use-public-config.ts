import { useEffect, useState } from 'react'

import { useBridge } from '../bridge/kiosk-bridge'
import { useBootSnapshot } from './boot-snapshot'
import type { PublicConfigState } from './public-config-state'

type Answer = Exclude<PublicConfigState, { status: 'loading' }> & { readonly generation: number }

/**
 * The clinic's portals, help line and languages, as main (or the preview) reports them. Asked
 * again for every generation (each patient, and each configuration reload between patients),
 * so staff's "Reload configuration" reaches the next screen without a restart. An answer for an
 * older generation counts as still loading.
 */
export function usePublicConfig(generation: number): PublicConfigState {
  const bridge = useBridge()
  const boot = useBootSnapshot()
  // The boot's answer counts for the generation it was given with (the first screen).
  const [answer, setAnswer] = useState<Answer | null>(() =>
    boot === null || boot.config.status === 'loading' || boot.view === null
      ? null
      : { ...boot.config, generation: boot.view.generation },
  )
  useEffect(() => {
    let live = true
    void bridge.getPublicConfig().then((result) => {
      if (!live) return
      setAnswer(
        result.ok
          ? { status: 'ready', config: result.value, generation }
          : { status: 'unavailable', generation },
      )
    })
    return () => {
      live = false
    }
  }, [bridge, generation])
  if (answer === null || answer.generation !== generation) return { status: 'loading' }
  return answer
}
