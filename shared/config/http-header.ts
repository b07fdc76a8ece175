import { z } from 'zod'

/**
 * HTTP header fields the kiosk sends with its telemetry (`telemetry.headers`), checked against
 * what goes on the wire, so a header that cannot be sent is a configuration problem IT sees at
 * once, not an export that fails every minute (and a telemetry channel that is silently dead).
 *
 * - Names: an RFC 9110 token (§5.1, §5.6.2), 1–64 characters.
 * - Values (§5.5): visible ASCII, spaces and tabs inside, and obs-text (U+0080–U+00FF, which
 *   Node's http sends as single Latin-1 bytes); never CR, LF, NUL or another control character
 *   (header injection, or a request Node refuses to build), nothing above U+00FF (Node's
 *   `validateHeaderValue` throws on it), no space or tab at either end (a receiver strips them,
 *   so the token it sees would not be the one configured).
 * - The framing headers the exporter sets itself may not be configured, and no name twice in two
 *   spellings (HTTP names ignore case: the request would carry both values).
 */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/
const MAX_VALUE_LENGTH = 2048

/** Set by the OTLP exporter or Node for every request; a configured one would break it. */
const RESERVED = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'host',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

/** The problem with one header value, or null when it can be sent as is. */
function headerValueProblem(value: string): string | null {
  if (value.length > MAX_VALUE_LENGTH) return `must be at most ${MAX_VALUE_LENGTH} characters`
  if (/[\r\n]/.test(value)) return 'must be one line: no line break (CR or LF)'
  // eslint-disable-next-line no-control-regex -- the control characters are what is refused
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value))
    return 'must not contain control characters (NUL, escape…)'
  if ([...value].some((char) => (char.codePointAt(0) ?? 0) > 0xff))
    return 'must be ASCII text (Latin-1 at most): HTTP cannot send other characters in a header'
  if (/^[ \t]|[ \t]$/.test(value)) return 'must not begin or end with a space or tab'
  return null
}

const NAME_RULE =
  "must be an HTTP header name: 1–64 letters, digits or !#$%&'*+-.^_`|~ (no spaces or colons)"

/** The problem with one header name (beyond the token rule the key schema checks), or null. */
function headerNameProblem(name: string): string | null {
  if (RESERVED.has(name.toLowerCase()))
    return 'is set by the kiosk itself for every request and cannot be configured'
  return null
}

export const httpHeadersSchema = z
  // The token rule on the key also reaches the generated JSON Schema (propertyNames).
  .record(z.string().regex(TOKEN, NAME_RULE), z.string())
  .superRefine((headers, context) => {
    const seen = new Map<string, string>()
    for (const [name, value] of Object.entries(headers)) {
      const nameProblem = headerNameProblem(name)
      if (nameProblem !== null) {
        context.addIssue({ code: 'custom', path: [name], message: nameProblem })
        continue
      }
      const earlier = seen.get(name.toLowerCase())
      if (earlier !== undefined)
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `is the same header as "${earlier}" (header names ignore case): keep one`,
        })
      seen.set(name.toLowerCase(), name)
      const valueProblem = headerValueProblem(value)
      if (valueProblem !== null)
        context.addIssue({ code: 'custom', path: [name], message: valueProblem })
    }
  })
