/**
 * "Next" and the date's automatic move: the field after `current` in the order the patient sees
 * (document order, so Spanish's day-month-year date order is followed), or null at the end.
 */
export function nextInDocumentOrder<T>(fields: ReadonlyMap<T, HTMLElement>, current: T): T | null {
  const element = fields.get(current)
  if (element === undefined) return null
  const ordered = [...fields.entries()]
    .filter(([, candidate]) => candidate.isConnected)
    .sort(([, a], [, b]) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
  const index = ordered.findIndex(([, candidate]) => candidate === element)
  return ordered[index + 1]?.[0] ?? null
}

/** How many digits each date part holds; a full part moves on, and never takes one more. */
export const DATE_PART_DIGITS = { month: 2, day: 2, year: 4 } as const
