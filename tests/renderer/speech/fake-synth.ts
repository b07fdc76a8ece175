import type { SynthLike, UtteranceLike } from '../../../renderer/speech/speech'
import type { VoiceLike } from '../../../renderer/speech/voices'

/**
 * A recording stand-in for `speechSynthesis`: it queues what it is given, as the Web Speech API
 * does, and a test decides when the current utterance ends (`finish`) or fails (`fail`).
 */
export class FakeSynth implements SynthLike {
  voices: VoiceLike[]
  readonly spoken: UtteranceLike[] = []
  readonly calls: string[] = []
  private readonly queue: UtteranceLike[] = []
  private readonly listeners = new Set<() => void>()

  constructor(voices: VoiceLike[] = [voice('English', 'en-US'), voice('Español', 'es-ES')]) {
    this.voices = voices
  }
  speak(utterance: UtteranceLike): void {
    this.calls.push('speak')
    this.spoken.push(utterance)
    this.queue.push(utterance)
  }
  cancel(): void {
    this.calls.push('cancel')
    this.queue.length = 0
  }
  pause(): void {
    this.calls.push('pause')
  }
  resume(): void {
    this.calls.push('resume')
  }
  getVoices(): readonly VoiceLike[] {
    return this.voices
  }
  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener)
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener)
  }
  get listenerCount(): number {
    return this.listeners.size
  }
  /** Voices arrive later, as in Chromium. */
  loadVoices(voices: VoiceLike[]): void {
    this.voices = voices
    for (const listener of this.listeners) listener()
  }
  /** The engine finishes the utterance it is saying. */
  finish(): void {
    this.queue.shift()?.onend?.()
  }
  /** Lets the engine say everything queued (each end queues the next piece). */
  drain(): void {
    for (let guard = 0; guard < 500 && this.queue.length > 0; guard += 1) this.finish()
  }
  fail(): void {
    this.queue.shift()?.onerror?.()
  }
  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text)
  }
}

export function voice(name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, localService: true, default: false, ...extra }
}

export const makeUtterance = (text: string): UtteranceLike => ({
  text,
  lang: '',
  rate: 1,
  voice: null,
  onend: null,
  onerror: null,
})
