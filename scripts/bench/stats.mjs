// Small statistics helpers for the bench: percentiles over raw samples, rounded for printing.

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples, p) {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

export function round(value, digits = 2) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** { p50, p95, max, n } of millisecond samples, rounded to 0.01 ms. */
export function summarize(samples) {
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
    n: samples.length,
  }
}

/** Relative growth of `after` over `before` (0.03 = 3 % more). */
export function growth(before, after) {
  return before === 0 ? 0 : round((after - before) / before, 4)
}
