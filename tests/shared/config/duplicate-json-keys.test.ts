import { describe, expect, it } from 'vitest'

import { findDuplicateKeys } from '../../../shared/config/duplicate-json-keys'

const cases: [string, string, { path: string; line: number }[]][] = [
  ['no duplicates', '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}', []],
  ['at the top', '{\n"clinicName": "A",\n"clinicName": "B"\n}', [{ path: 'clinicName', line: 3 }]],
  [
    'one level down',
    '{"timing": {\n  "idleSeconds": 90,\n  "idleSeconds": 5\n}}',
    [{ path: 'timing.idleSeconds', line: 3 }],
  ],
  [
    'in an object inside an array',
    '{"portals": [\n {"id": "a"},\n {"id": "b",\n  "signUpUrl": "x",\n  "signUpUrl": "y"}\n]}',
    [{ path: 'portals.1.signUpUrl', line: 5 }],
  ],
  [
    'four levels down, in an array of arrays',
    '{"a": {"b": [[{"c": {"d": 1,\n"d": 2}}]]}}',
    [{ path: 'a.b.0.0.c.d', line: 2 }],
  ],
  [
    'a key written three times',
    '{"x": 1, "x": 2, "x": 3}',
    [
      { path: 'x', line: 1 },
      { path: 'x', line: 1 },
    ],
  ],
  ['the same key spelled with an escape', '{"id": 1, "\\u0069d": 2}', [{ path: 'id', line: 1 }]],
  ['__proto__ twice', '{"__proto__": {}, "__proto__": {}}', [{ path: '__proto__', line: 1 }]],
  ['strings that look like keys are values', '{"a": ":", "b": "\\"a\\":", "c": ["a", "a"]}', []],
  ['equal keys in sibling objects are fine', '[{"a": 1}, {"a": 2}]', []],
  [
    'a duplicate after a nested object closes',
    '{"a": {"b": 1}, "c": 2, "a": 3}',
    [{ path: 'a', line: 1 }],
  ],
]

describe('keys written twice in one JSON object', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    JSON.parse(text) // every sample is valid JSON: the scanner runs after the parser
    expect(findDuplicateKeys(text)).toEqual(expected)
  })

  it('walks deep nesting without recursion, in bounded time', () => {
    const depth = 200_000
    const text = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    const started = performance.now()
    expect(findDuplicateKeys(text)).toEqual([])
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
