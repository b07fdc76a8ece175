import type { Page } from 'playwright-core'

/** One utterance the page handed to `speechSynthesis.speak`, as the double recorded it. */
export interface SpokenRecord {
  readonly text: string
  readonly lang: string
  readonly voice: string | null
  readonly rate: number
}

/** A voice as the double lists it (the fields the kiosk reads). */
export interface DoubleVoice {
  readonly name: string
  readonly lang: string
  readonly localService: boolean
  readonly default: boolean
  readonly voiceURI: string
}

declare global {
  interface Window {
    __speech?: {
      spoken: SpokenRecord[]
      calls: string[]
      /** Replaces the installed voices, as installing or removing one would (`voiceschanged`). */
      setVoices: (voices: DoubleVoice[]) => void
      /** Nothing queued or being said: a reading has ended (or none began). */
      idle: () => boolean
    }
  }
}

/**
 * The double's voices: one per language of the registry (a recording double hears every
 * language the same way), named so a test can tell which one spoke. `setVoices` takes one away.
 */
export const DOUBLE_VOICES: readonly DoubleVoice[] = [
  { name: 'Test English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
  { name: 'Test Spanish', lang: 'es-ES', localService: true, default: false, voiceURI: 'es' },
  { name: 'Test Somali', lang: 'so-SO', localService: true, default: false, voiceURI: 'so' },
  { name: 'Test Hmong', lang: 'hmn', localService: true, default: false, voiceURI: 'hmn' },
  { name: 'Test Arabic', lang: 'ar-SA', localService: true, default: false, voiceURI: 'ar' },
]

/**
 * Runs in the page before the app (an init script): replaces `speechSynthesis` and
 * `SpeechSynthesisUtterance` with a recording double. It behaves like Chromium's engine where
 * the kiosk depends on it: voices arrive late (`voiceschanged`), utterances queue and each ends
 * after a while (`onend`), `cancel` empties the queue, `pause` holds it. Self-contained: it is
 * serialised into the page.
 */
export function installSpeechDouble(): void {
  const spoken: SpokenRecord[] = []
  const calls: string[] = []
  // Serialised into the page: a copy of DOUBLE_VOICES (an init script cannot import).
  const voices: DoubleVoice[] = [
    { name: 'Test English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
    { name: 'Test Spanish', lang: 'es-ES', localService: true, default: false, voiceURI: 'es' },
    { name: 'Test Somali', lang: 'so-SO', localService: true, default: false, voiceURI: 'so' },
    { name: 'Test Hmong', lang: 'hmn', localService: true, default: false, voiceURI: 'hmn' },
    { name: 'Test Arabic', lang: 'ar-SA', localService: true, default: false, voiceURI: 'ar' },
  ]
  let loaded: DoubleVoice[] = []
  // Long enough that a screen takes a second or two to read (a wipe can interrupt it).
  const PIECE_MS = 120

  class Utterance extends EventTarget {
    text: string
    lang = ''
    rate = 1
    pitch = 1
    volume = 1
    voice: { name: string } | null = null
    onstart: ((event: Event) => void) | null = null
    onend: ((event: Event) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    constructor(text = '') {
      super()
      this.text = text
    }
  }
  const queue: Utterance[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let paused = false
  const pump = () => {
    if (timer !== null || paused) return
    const current = queue[0]
    if (current === undefined) return
    current.onstart?.(new Event('start'))
    timer = setTimeout(() => {
      timer = null
      if (queue[0] !== current) return
      queue.shift()
      current.onend?.(new Event('end'))
      pump()
    }, PIECE_MS)
  }
  class Synth extends EventTarget {
    get speaking() {
      return queue.length > 0
    }
    get pending() {
      return queue.length > 1
    }
    get paused() {
      return paused
    }
    getVoices() {
      return loaded
    }
    speak(utterance: Utterance) {
      calls.push('speak')
      spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        rate: utterance.rate,
      })
      queue.push(utterance)
      pump()
    }
    cancel() {
      calls.push('cancel')
      queue.length = 0
      if (timer !== null) clearTimeout(timer)
      timer = null
    }
    pause() {
      calls.push('pause')
      paused = true
    }
    resume() {
      calls.push('resume')
      paused = false
      pump()
    }
  }
  const synth = new Synth()
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
    writable: true,
  })
  window.__speech = {
    spoken,
    calls,
    idle: () => queue.length === 0,
    setVoices(next) {
      loaded = next
      synth.dispatchEvent(new Event('voiceschanged'))
    },
  }
  setTimeout(() => {
    loaded = voices
    synth.dispatchEvent(new Event('voiceschanged'))
  }, 50)
}

/**
 * Waits until the reading under way has ended: the kiosk hands the engine one utterance at a
 * time, so until then `spoken` holds only the first part of a screen.
 */
export async function readingEnded(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__speech?.idle() === true, undefined, {
    timeout: 15_000,
  })
}

/** Everything spoken so far (from `from` on). */
export async function spoken(page: Page, from = 0): Promise<SpokenRecord[]> {
  return page.evaluate((start) => structuredClone(window.__speech?.spoken.slice(start) ?? []), from)
}

export async function speechCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__speech?.calls ?? [])])
}

/** Installs these voices instead (e.g. all but one language's), as if IT had changed them. */
export async function setDoubleVoices(page: Page, voices: readonly DoubleVoice[]): Promise<void> {
  await page.evaluate((next) => window.__speech?.setVoices([...next]), voices)
}
