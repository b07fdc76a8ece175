/**
 * Which addresses the portal view may show. Pure: the same function guards every navigation
 * path in main (link, location change, frame, redirect, window.open) and is tested on its own.
 *
 * The rule is deliberately narrow: an `https:` URL whose origin (scheme, host, port) is exactly
 * one of the configured origins. Everything is compared after the WHATWG URL parser has
 * normalised it (never `startsWith` on the raw string), and anything whose raw address does not
 * spell the same host the parser produced is refused, because that gap is where lookalike tricks
 * live (userinfo, percent-encoded or full-width dots, Unicode hosts, backslashes, stray spaces).
 */

/** Longer addresses are not real portal pages; refusing them bounds the work done per check. */
const MAX_URL_LENGTH = 8192

/** `https://` + authority, as written. No slashes swapped, no missing slashes. */
const RAW_AUTHORITY = /^https:\/\/([^/?#]*)/i

/** ASCII control characters, spaces and backslashes: the URL parser drops or rewrites these. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPICIOUS_CHARACTERS = /[\u0000-\u0020\u007f\\]/

export function isAllowedUrl(url: string, allowedOrigins: readonly string[]): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false
  if (SUSPICIOUS_CHARACTERS.test(url)) return false
  // A blob: URL carries the origin of the page that made it; only our own pages' blobs pass.
  if (/^blob:/i.test(url)) return isAllowedUrl(url.slice('blob:'.length), allowedOrigins)

  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  if (parsed.hostname === '' || parsed.hostname.endsWith('.')) return false
  if (!rawAuthorityMatches(url, parsed)) return false

  const allowed = normalisedOrigins(allowedOrigins)
  return allowed.has(parsed.origin)
}

/**
 * The host the parser produced must be the host that was written (ignoring case and an explicit
 * default port). This refuses `%2E` dots, full-width dots, Unicode lookalikes written in the raw
 * address, userinfo, and `https:evil` forms without slashes.
 */
function rawAuthorityMatches(raw: string, parsed: URL): boolean {
  const match = RAW_AUTHORITY.exec(raw)
  if (match === null) return false
  const written = (match[1] ?? '').toLowerCase().replace(/:443$/, '')
  return written === parsed.host
}

/** Configured origins in the form `URL.origin` produces; anything not a bare https origin is dropped. */
function normalisedOrigins(origins: readonly string[]): Set<string> {
  const result = new Set<string>()
  for (const origin of origins) {
    try {
      const parsed = new URL(origin)
      const bare =
        parsed.protocol === 'https:' &&
        parsed.username === '' &&
        parsed.password === '' &&
        (parsed.pathname === '/' || parsed.pathname === '') &&
        parsed.search === '' &&
        parsed.hash === '' &&
        !parsed.hostname.endsWith('.')
      if (bare) result.add(parsed.origin)
    } catch {
      // An unparseable entry allows nothing.
    }
  }
  return result
}

/** The origin of a URL for logs and messages (never its path or query), or null. */
export function originForDisplay(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.origin
    return parsed.protocol.replace(/:$/, '')
  } catch {
    return null
  }
}
