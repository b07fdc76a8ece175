/**
 * Finds keys written twice in the same JSON object. `JSON.parse` keeps the last value without a
 * word, while a person reviewing the file (or its diff) reads the first: the kiosk would run
 * with a setting nobody saw. Called on text `JSON.parse` has already accepted, so the scanner
 * only has to walk valid JSON; it keeps its own stack (no recursion), so deep nesting cannot
 * overflow it.
 */
export interface DuplicateKey {
  /** Where the key is, as problems name settings: `support.phone`, `portals.1.id`. */
  readonly path: string
  /** Line of the second (or later) occurrence, 1-based. */
  readonly line: number
}

type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string }
  | { readonly kind: 'array'; index: number }

export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const stack: Frame[] = []
  let line = 1
  let at = 0
  /** The path of the current key: every open container's key or index (built only when needed). */
  const currentPath = (): string =>
    stack.map((frame) => (frame.kind === 'object' ? frame.key : String(frame.index))).join('.')
  while (at < text.length) {
    const char = text[at]
    if (char === '\n') {
      line += 1
      at += 1
    } else if (char === '"') {
      const end = stringEnd(text, at)
      const top = stack.at(-1)
      // A string directly followed by ':' is a key; any other string is a value.
      let next = end
      while (next < text.length && /\s/.test(text[next] ?? '')) next += 1
      if (top?.kind === 'object' && text[next] === ':') {
        const key = JSON.parse(text.slice(at, end)) as string
        top.key = key
        if (top.keys.has(key)) found.push({ path: currentPath(), line })
        else top.keys.add(key)
      }
      at = end
    } else if (char === '{' || char === '[') {
      stack.push(
        char === '{' ? { kind: 'object', keys: new Set(), key: '' } : { kind: 'array', index: 0 },
      )
      at += 1
    } else if (char === '}' || char === ']') {
      stack.pop()
      at += 1
    } else if (char === ',') {
      const top = stack.at(-1)
      if (top?.kind === 'array') top.index += 1
      at += 1
    } else at += 1
  }
  return found
}

/** The index just after the closing quote of the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1
  while (at < text.length) {
    const char = text[at]
    if (char === '\\') at += 2
    else if (char === '"') return at + 1
    else at += 1
  }
  return at
}
