/** The fields of a SpeechSynthesisVoice the kiosk reads. */
export interface VoiceLike {
  readonly name: string
  readonly lang: string
  readonly default?: boolean
  readonly localService?: boolean
}

/** 'es_MX' / 'ES-mx' → 'es-mx': engines differ (speech-dispatcher, SAPI, macOS). */
const normalize = (tag: string) => tag.replace(/_/g, '-').toLowerCase()
const primary = (tag: string) => normalize(tag).split('-')[0] ?? ''

/**
 * The voice for a patient's language (BCP-47): an exact tag first ('es-US' for 'es-US'), then
 * any voice of the same language ('es' → 'es-ES', 'es-MX', 'es-419'). Among equals, a voice on
 * this machine before a network one (a network voice would send the patient's screen out), then
 * the engine's default. Null when none speaks it.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | null {
  const wanted = normalize(lang)
  const language = primary(lang)
  if (language === '') return null
  const candidates = voices.filter((voice) => voice.localService !== false)
  const score = (voice: VoiceLike) =>
    (normalize(voice.lang) === wanted ? 4 : 0) + (voice.default === true ? 1 : 0)
  const matching = candidates
    .filter((voice) => primary(voice.lang) === language)
    .sort((a, b) => score(b) - score(a))
  return matching[0] ?? null
}
