// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { appBytes } from '../../scripts/bench/heap-kinds.mjs'

describe('heap by kind', () => {
  it("counts the page's own data and leaves out compiled code and browser-native entries", () => {
    expect(
      appBytes({
        object: 100,
        closure: 20,
        array: 3,
        string: 4,
        code: 5000,
        native: 7000,
        hidden: 9,
      }),
    ).toBe(127)
  })
})
