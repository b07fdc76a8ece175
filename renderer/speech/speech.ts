import { pickVoice, type VoiceLike } from './voices'

/**
 * The part of the Web Speech API the kiosk uses (`window.speechSynthesis`). Narrow on purpose:
 * tests and the e2e double implement exactly this.
 */
export interface SynthLike {
  speak(utterance: UtteranceLike): void
  cancel(): void
  pause(): void
  resume(): void
  getVoices(): readonly VoiceLike[]
  addEventListener(type: 'voiceschanged', listener: () => void): void
  removeEventListener(type: 'voiceschanged', listener: () => void): void
}

/** What the module sets on an utterance and listens to (SpeechSynthesisUtterance). */
export interface UtteranceLike {
  text: string
  lang: string
  rate: number
  voice: VoiceLike | null
  onend: (() => void) | null
  onerror: (() => void) | null
}

export type SpeechState = 'idle' | 'speaking' | 'paused'

export interface Speech {
  /**
   * Reads these pieces of text in `lang` (BCP-47), one utterance each, replacing whatever was
   * being read. Returns false (and says nothing) when no installed voice speaks `lang`: a
   * Spanish text read by an English voice is noise, not help. With `keep: false` (a code read
   * back on request) the text is not kept for `repeat`: it is never said again unasked.
   */
  speak(segments: readonly string[], lang: string, options?: { readonly keep?: boolean }): boolean
  pause(): void
  resume(): void
  /** Reads the last text again from its start (nothing after `forget`). */
  repeat(): boolean
  /** One step slower / faster, within bounds; returns the new rate. */
  slower(): number
  faster(): number
  readonly rate: number
  readonly state: SpeechState
  /** Whether an installed voice speaks `lang` (false until the voices have loaded). */
  hasVoice(lang: string): boolean
  /** Stops and drops everything it was told: the text, the rate. For the wipe. */
  forget(): void
  /**
   * Called when the state, the rate or the voices change (for the control's buttons). The
   * engine's `voiceschanged` is listened to only while someone is subscribed: voices load
   * asynchronously, so the first `getVoices()` is often empty.
   */
  subscribe(listener: () => void): () => void
}

/** Rate steps: 0.6× … 1.6×. Chromium accepts 0.1–10, but beyond these a voice is hard to follow. */
export const RATES = [0.6, 0.8, 1, 1.2, 1.4, 1.6] as const
const NORMAL_RATE_INDEX = RATES.indexOf(1)

export interface SpeechOptions {
  readonly synth?: SynthLike
  /** `new SpeechSynthesisUtterance(text)` in the browser. */
  readonly makeUtterance?: (text: string) => UtteranceLike
}

/**
 * The kiosk's one speech module, over `speechSynthesis`. It keeps its own queue and hands the
 * engine one utterance at a time, so that stopping is certain (nothing is left queued inside
 * the engine), every utterance stays referenced until it ends (Chromium drops the events of a
 * collected one), and a late event of a cancelled reading cannot start the next piece.
 * It never logs or stores what it reads; `forget` drops it.
 */
export function createSpeech({
  synth = window.speechSynthesis as unknown as SynthLike,
  makeUtterance = (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
}: SpeechOptions = {}): Speech {
  let last: { segments: readonly string[]; lang: string } | null = null
  let queue: string[] = []
  let current: UtteranceLike | null = null
  let rateIndex = NORMAL_RATE_INDEX
  let state: SpeechState = 'idle'
  // Bumped on every start and stop: events of an older reading are ignored.
  let reading = 0
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const onVoices = () => notify()

  const setState = (next: SpeechState) => {
    if (state === next) return
    state = next
    notify()
  }

  const stop = () => {
    reading += 1
    queue = []
    if (current !== null) {
      current.onend = null
      current.onerror = null
      current = null
    }
    synth.cancel()
    setState('idle')
  }

  const next = (lang: string, voice: VoiceLike, id: number) => {
    const text = queue.shift()
    if (text === undefined) {
      current = null
      setState('idle')
      return
    }
    const utterance = makeUtterance(text)
    utterance.lang = voice.lang
    utterance.voice = voice
    utterance.rate = RATES[rateIndex] ?? 1
    const done = () => {
      if (id !== reading) return
      next(lang, voice, id)
    }
    utterance.onend = done
    // An engine error (e.g. speech-dispatcher gone) ends this reading; the rest is dropped.
    utterance.onerror = () => {
      if (id === reading) stop()
    }
    current = utterance
    synth.speak(utterance)
  }

  const start = (segments: readonly string[], lang: string): boolean => {
    stop()
    const voice = pickVoice(synth.getVoices(), lang)
    if (voice === null) return false
    queue = segments.map((segment) => segment.trim()).filter((segment) => segment !== '')
    if (queue.length === 0) return true
    setState('speaking')
    next(lang, voice, reading)
    return true
  }

  return {
    speak(segments, lang, { keep = true } = {}) {
      if (keep) last = { segments: [...segments], lang }
      return start(segments, lang)
    },
    pause() {
      if (state !== 'speaking') return
      synth.pause()
      setState('paused')
    },
    resume() {
      if (state !== 'paused') return
      synth.resume()
      setState('speaking')
    },
    repeat() {
      if (last === null) return false
      return start(last.segments, last.lang)
    },
    slower() {
      rateIndex = Math.max(0, rateIndex - 1)
      notify()
      return RATES[rateIndex] ?? 1
    },
    faster() {
      rateIndex = Math.min(RATES.length - 1, rateIndex + 1)
      notify()
      return RATES[rateIndex] ?? 1
    },
    get rate() {
      return RATES[rateIndex] ?? 1
    },
    get state() {
      return state
    },
    hasVoice(lang) {
      return pickVoice(synth.getVoices(), lang) !== null
    },
    forget() {
      stop()
      // A paused engine stays paused across cancel() in some engines: leave it running.
      synth.resume()
      last = null
      rateIndex = NORMAL_RATE_INDEX
      notify()
    },
    subscribe(listener) {
      if (listeners.size === 0) synth.addEventListener('voiceschanged', onVoices)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) synth.removeEventListener('voiceschanged', onVoices)
      }
    },
  }
}
