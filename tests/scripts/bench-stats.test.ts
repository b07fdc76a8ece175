// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { growth, percentile, summarize } from '../../scripts/bench/stats.mjs'

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })

  it('does not depend on sample order', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, max: 5, n: 5 })
  })

  it('reports growth relative to the baseline', () => {
    expect(growth(100, 104)).toBe(0.04)
    expect(growth(100, 95)).toBe(-0.05)
  })
})
