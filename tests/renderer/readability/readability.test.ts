import { fleschKincaid } from 'flesch-kincaid'
import { hyphenateSync } from 'hyphen/es'
import { syllable } from 'syllable'
import { describe, expect, it } from 'vitest'

import { patientStrings, sentences, withoutProperNames, words } from './patient-text'

/**
 * Plain language, measured. English: Flesch–Kincaid grade (the `flesch-kincaid` and `syllable`
 * packages) — the whole text at about grade 6, no sentence above grade 8 once proper names and
 * quoted button labels count as one short word. Spanish: the Fernández-Huerta ease score
 * (206.84 − 0.60·syllables per 100 words − 1.02·sentences per 100 words; Spanish syllables from
 * the `hyphen` package's TeX hyphenation patterns, which follow syllable boundaries). No npm
 * package computes Fernández-Huerta itself, so its published formula is applied here.
 * On failure the worst strings are printed with their keys, to rewrite them.
 */
const ENGLISH_OVERALL_MAX = 6.5
const ENGLISH_SENTENCE_MAX = 8
/**
 * Grade formulas say nothing about a two-word label ("Continue" scores grade 20, "Comencemos"
 * scores −135): a sentence is held to the per-sentence limit from this many words on. Every
 * word still counts in the overall score.
 */
const SENTENCE_MIN_WORDS = 10
/** Fernández-Huerta: 70–80 "fairly easy" (about grade 6–7); below 50 is "hard". */
const SPANISH_OVERALL_MIN = 70
const SPANISH_SENTENCE_MIN = 50

interface Scored {
  readonly key: string
  readonly sentence: string
  readonly score: number
  readonly words: number
  readonly syllables: number
}

function score(
  language: 'en' | 'es',
  countSyllables: (word: string) => number,
  formula: (counts: { sentence: number; word: number; syllable: number }) => number,
): { scored: Scored[]; overall: number } {
  const scored: Scored[] = []
  const totals = { sentence: 0, word: 0, syllable: 0 }
  for (const { key, text } of patientStrings(language)) {
    for (const sentence of sentences(withoutProperNames(text))) {
      const list = words(sentence)
      if (list.length === 0) continue
      const syllables = list.reduce((sum, word) => sum + countSyllables(word), 0)
      const counts = { sentence: 1, word: list.length, syllable: syllables }
      totals.sentence += 1
      totals.word += list.length
      totals.syllable += syllables
      scored.push({ key, sentence, score: formula(counts), words: list.length, syllables })
    }
  }
  return { scored, overall: formula(totals) }
}

const spanishSyllables = (word: string) =>
  Math.max(
    1,
    hyphenateSync(word.toLowerCase(), { hyphenChar: '|', minWordLength: 1 }).split('|').length,
  )

/** The published Fernández-Huerta formula (1959), from counts. */
export function fernandezHuerta(counts: { sentence: number; word: number; syllable: number }) {
  const syllablesPer100 = (counts.syllable / counts.word) * 100
  const sentencesPer100 = (counts.sentence / counts.word) * 100
  return 206.84 - 0.6 * syllablesPer100 - 1.02 * sentencesPer100
}

const report = (rows: readonly Scored[]) =>
  rows.map((row) => `${row.score.toFixed(1)}  ${row.key}: ${row.sentence}`).join('\n')

describe('plain language, measured', () => {
  it('the English patient text reads at about grade 6, and no sentence above grade 8', () => {
    const { scored, overall } = score('en', syllable, fleschKincaid)
    const worst = [...scored]
      .filter((row) => row.words >= SENTENCE_MIN_WORDS)
      .sort((a, b) => b.score - a.score)
    console.info(
      `English Flesch–Kincaid grade: ${overall.toFixed(2)} over ${scored.length} sentences. Hardest:\n${report(worst.slice(0, 8))}`,
    )
    const tooHard = worst.filter((row) => row.score > ENGLISH_SENTENCE_MAX)
    expect(report(tooHard), 'sentences above grade 8').toBe('')
    expect(overall).toBeLessThanOrEqual(ENGLISH_OVERALL_MAX)
  })

  it('the Spanish patient text is "fairly easy" (Fernández-Huerta), no sentence "hard"', () => {
    const { scored, overall } = score('es', spanishSyllables, fernandezHuerta)
    const worst = [...scored]
      .filter((row) => row.words >= SENTENCE_MIN_WORDS)
      .sort((a, b) => a.score - b.score)
    console.info(
      `Spanish Fernández-Huerta ease: ${overall.toFixed(1)} over ${scored.length} sentences. Hardest:\n${report(worst.slice(0, 8))}`,
    )
    const tooHard = worst.filter((row) => row.score < SPANISH_SENTENCE_MIN)
    expect(report(tooHard), 'sentences below 50 (hard)').toBe('')
    expect(overall).toBeGreaterThanOrEqual(SPANISH_OVERALL_MIN)
  })

  it('can fail: a long sentence of long words scores above the limits', () => {
    const hard =
      'Authentication necessitates comprehensive verification of institutional credentials prior to establishing communication.'
    const list = words(hard)
    const grade = fleschKincaid({
      sentence: 1,
      word: list.length,
      syllable: list.reduce((sum, word) => sum + syllable(word), 0),
    })
    expect(grade).toBeGreaterThan(ENGLISH_SENTENCE_MAX)
    const difícil =
      'La autenticación institucional necesita verificación exhaustiva de credenciales administrativas.'
    const palabras = words(difícil)
    const ease = fernandezHuerta({
      sentence: 1,
      word: palabras.length,
      syllable: palabras.reduce((sum, word) => sum + spanishSyllables(word), 0),
    })
    expect(ease).toBeLessThan(SPANISH_SENTENCE_MIN)
  })

  it('counts Spanish syllables close to the way a reader does (within one per word)', () => {
    // TeX patterns never split the last two letters off, so a word may lose one syllable.
    const words = { casa: 2, teléfono: 4, código: 3, activación: 4, contraseña: 4, paciente: 3 }
    for (const [word, syllables] of Object.entries(words))
      expect(Math.abs(spanishSyllables(word) - syllables), word).toBeLessThanOrEqual(1)
  })
})
