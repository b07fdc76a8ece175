import { z } from 'zod'

/** An absolute https URL without credentials. Plain http is never allowed for a health portal. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (
        url.protocol === 'https:' &&
        url.username === '' &&
        url.password === '' &&
        url.hostname !== ''
      )
    } catch {
      return false
    }
  }, 'must be an absolute https:// address without a user name or password')

/**
 * An origin such as `https://onlineservices.mayoclinic.org` (scheme + host + optional port, no
 * path, no trailing dot). Normalised to the form `URL.origin` produces, so comparisons are exact.
 */
export const httpsOriginSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (
        url.protocol === 'https:' &&
        url.origin === value.toLowerCase().replace(/:443$/, '') &&
        !url.hostname.endsWith('.')
      )
    } catch {
      return false
    }
  }, 'must be an https origin such as https://portal.example.org (no path, no trailing slash)')
  .transform((value) => new URL(value).origin)

export function originOf(url: string): string {
  return new URL(url).origin
}
