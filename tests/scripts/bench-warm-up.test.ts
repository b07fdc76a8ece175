import { describe, expect, it } from 'vitest'

import { codeHasSettled, WARM_UP } from '../../scripts/bench/warm-up.mjs'

const round = (sessions: number, code: number, heap = 6_000_000) => ({ sessions, heap, code })

describe('bench warm-up: has compiled code settled?', () => {
  it('needs two rounds to compare', () => {
    expect(codeHasSettled([])).toBe(false)
    expect(codeHasSettled([round(0, 3_000_000)])).toBe(false)
  })

  it('is not settled while a round adds 0.5 % of the heap or more in compiled code', () => {
    expect(codeHasSettled([round(0, 3_000_000), round(100, 3_030_000)])).toBe(false)
    expect(codeHasSettled([round(0, 3_000_000), round(100, 3_236_000)])).toBe(false)
  })

  it('is settled once a round adds less than 0.5 % of the heap', () => {
    expect(codeHasSettled([round(0, 3_000_000), round(100, 3_029_999)])).toBe(true)
    // Code that shrank (flushed bytecode) counts as settled too.
    expect(codeHasSettled([round(0, 3_000_000), round(100, 2_900_000)])).toBe(true)
  })

  it('compares only the last two rounds', () => {
    const rounds = [round(0, 3_000_000), round(100, 3_500_000), round(200, 3_510_000)]
    expect(codeHasSettled(rounds)).toBe(true)
    expect(codeHasSettled([...rounds, round(300, 3_700_000)])).toBe(false)
  })

  it('takes the limit as a share of the heap', () => {
    expect(codeHasSettled([round(0, 100), round(100, 150, 1000)], 0.1)).toBe(true)
    expect(codeHasSettled([round(0, 100), round(100, 200, 1000)], 0.1)).toBe(false)
    expect(WARM_UP.settledCodeGrowth).toBe(0.005)
  })
})
