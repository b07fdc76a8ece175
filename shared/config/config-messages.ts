import type { z } from 'zod'

/**
 * Plain messages for problems in a clinic's configuration file. Staff and IT read them on the
 * "not configured" screen, next to the setting's path, so they say what to write, not what the
 * validator expected. Messages never repeat a value from the file (it could be a secret).
 */

const typeNames: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'an object { ... }',
  record: 'an object { ... }',
  null: 'null',
}

function describeType(expected: string): string {
  return typeNames[expected] ?? expected
}

/** The per-parse error map `parseConfig` uses; schema-level messages take precedence. */
export function configErrorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${describeType(issue.expected)}`
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum))
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum))
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'unrecognized_keys':
      return 'is not a known setting (check the spelling)'
    case 'invalid_key':
      // A key of a record (a telemetry header name) that breaks its own rule: say that rule.
      return issue.issues.map((inner) => inner.message).find((message) => message !== '')
    default:
      return undefined
  }
}

function tooSmall(origin: string, minimum: number): string {
  if (origin === 'array') return `must list at least ${minimum}`
  if (origin === 'string')
    return minimum === 1 ? 'must not be empty' : `must be at least ${minimum} characters`
  return `must be at least ${minimum}`
}

function tooBig(origin: string, maximum: number): string {
  if (origin === 'array') return `must list at most ${maximum}`
  if (origin === 'string') return `must be at most ${maximum} characters`
  return `must be at most ${maximum}`
}
