import { useState } from 'react'

import {
  checkActivationCode,
  type ActivationCodeShape,
} from '../../../shared/activation/activation-code'

/**
 * A code of another shape than the portal's usual one is never refused: the first Continue
 * shows a "please check it" note, and a second Continue with the same code goes on.
 */
export function useCodeShapeCheck(shape: ActivationCodeShape) {
  const [warnedFor, setWarnedFor] = useState<string | null>(null)
  return {
    /** The code the note is showing for (null: no note). */
    warnedFor,
    /** True when the patient may continue with `raw`; otherwise shows the note first. */
    mayContinue(raw: string): boolean {
      const result = checkActivationCode(raw.trim(), shape)
      if (!result.ok || result.usualShape || warnedFor === raw) return true
      setWarnedFor(raw)
      return false
    },
    /** The patient changed the code: the note no longer applies. */
    changed(raw: string) {
      if (warnedFor !== null && warnedFor !== raw) setWarnedFor(null)
    },
  }
}
