import { useCallback, useState } from 'react'

import type { IpcResult } from '../../../shared/ipc/ipc-result'
import type { portalSpecialKeys } from '../../../shared/ipc/portal-channels'
import { useBridge } from '../../bridge/kiosk-bridge'

type PortalKey = (typeof portalSpecialKeys)[number]

/** Why the last key did not reach the official page, when main could tell. */
export type TypingProblem = 'unreachable' | 'no-field' | null

/**
 * The on-screen keyboard's path into the official page, with main's answer kept: the field the
 * patient chose may be inside another site's frame, which the kiosk's keyboard cannot reach
 * (`field-unreachable`), or nothing may be chosen yet (`no-field-focused`).
 */
export function usePortalTyping() {
  const bridge = useBridge()
  const [problem, setProblem] = useState<TypingProblem>(null)
  const follow = useCallback((result: IpcResult<null>) => {
    if (result.ok) setProblem(null)
    else if (result.error.detail === 'field-unreachable') setProblem('unreachable')
    else if (result.error.detail === 'no-field-focused') setProblem('no-field')
  }, [])
  const typeText = useCallback(
    (text: string) => void bridge.typeIntoPortal({ text }).then(follow),
    [bridge, follow],
  )
  const pressKey = useCallback(
    (key: PortalKey) => void bridge.pressPortalKey({ key }).then(follow),
    [bridge, follow],
  )
  return { typeText, pressKey, problem }
}
