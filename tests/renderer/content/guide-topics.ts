/** One item of the guide and the strings that carry it to the patient. */
export interface TopicRow {
  /** The item, in the review's words. */
  readonly item: string
  /** `namespace.key.path` of each string that carries it. */
  readonly keys: readonly string[]
  /** What each of those strings says, per language. */
  readonly en: RegExp
  readonly es: RegExp
}

export type Resources = Record<string, Record<string, unknown>>

/** The string at `namespace.key.path` in one language, or undefined. */
export function textOf(resources: Resources, language: string, path: string): unknown {
  let value: unknown = resources[language]
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** Every row whose strings are missing or empty in `language`, or no longer say the item. */
export function missingTopics(
  resources: Resources,
  rows: readonly TopicRow[],
  language: 'en' | 'es',
): string[] {
  const problems: string[] = []
  for (const row of rows) {
    for (const key of row.keys) {
      const text = textOf(resources, language, key)
      if (typeof text !== 'string' || text.trim() === '')
        problems.push(`${row.item}: ${key} is missing`)
      else if (!row[language].test(text))
        problems.push(`${row.item}: ${key} does not say ${String(row[language])}`)
    }
  }
  return problems
}
