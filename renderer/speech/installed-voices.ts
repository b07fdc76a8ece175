import { useSyncExternalStore } from 'react'

import type { SynthLike } from './speech'
import type { VoiceLike } from './voices'

type VoiceSource = Pick<SynthLike, 'getVoices' | 'addEventListener' | 'removeEventListener'>

const none: readonly VoiceLike[] = []

/**
 * The voices installed on this machine, updated when the engine reports a change (they load
 * asynchronously: Chromium's first `getVoices()` is often empty, then `voiceschanged` fires).
 * The same array is returned until the list really changes, as React's store contract requires.
 */
export function createVoiceStore(synth: VoiceSource | undefined) {
  let key = ''
  let cached = none
  return {
    subscribe(listener: () => void) {
      synth?.addEventListener('voiceschanged', listener)
      return () => synth?.removeEventListener('voiceschanged', listener)
    },
    get(): readonly VoiceLike[] {
      const voices = synth?.getVoices() ?? none
      const next = voices.map((voice) => `${voice.name}\u0000${voice.lang}`).join('\u0001')
      if (next !== key) {
        key = next
        cached = [...voices]
      }
      return cached
    },
  }
}

const browserStore = createVoiceStore(
  typeof window === 'undefined' || typeof window.speechSynthesis === 'undefined'
    ? undefined
    : (window.speechSynthesis as unknown as VoiceSource),
)

/** For the staff panel: which voices this kiosk has (main is not asked: the renderer knows). */
export function useInstalledVoices(store = browserStore): readonly VoiceLike[] {
  return useSyncExternalStore(store.subscribe, store.get, () => none)
}
