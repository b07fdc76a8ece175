// When the heap baseline may be taken. V8 keeps compiling more of the app to machine code for
// hundreds of sessions: its tier-up follows how often each function has run, so a function that
// runs a few times per patient is optimised only after hundreds of patients. Measured here
// (2026-12-01, 2 cores): compiled code grows by 6 % of the heap over sessions 100–300, 4 % over
// 300–600, 1 % over 600–1000 and 0.5 % per 500 sessions after that, while a JIT-less Chromium's heap is
// flat (0.0 %) over the same sessions. That code is the engine's, bounded by the app's size, not
// something a patient leaves behind; so the baseline is taken once compiled code has settled.
// The rule looks only at compiled code, never at the app's own objects: a real leak does not
// delay the baseline, it shows in the measured sessions after it.

export const WARM_UP = {
  /** Sessions per warm-up round. */
  roundSessions: 100,
  /** Settled: the last round grew compiled code by less than this share of the heap. */
  settledCodeGrowth: 0.005,
  /** Give up waiting after this many sessions (the result says `settled: false`). */
  maxSessions: 1500,
}

/**
 * True once the last warm-up round grew V8's compiled code by less than `limit` of the heap.
 * `rounds`: [{ sessions, heap, code }] in order, one per round (the first is the cold state).
 */
export function codeHasSettled(rounds, limit = WARM_UP.settledCodeGrowth) {
  if (rounds.length < 2) return false
  const [before, last] = rounds.slice(-2)
  return last.code - before.code < limit * last.heap
}
