import { z } from 'zod'

import { httpHeadersSchema } from './http-header'

/**
 * The optional `telemetry` section: where the kiosk sends its anonymous counts and alerts
 * (OTLP over HTTP, e.g. an OpenTelemetry Collector). Absent = nothing is sent (the default).
 */

/** https, or plain http only to this machine (a Collector agent running on the kiosk itself). */
const otlpEndpointSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
        return false
      if (url.protocol === 'https:') return url.hostname !== ''
      return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname)
    } catch {
      return false
    }
  }, 'must be an https:// address (http:// only to 127.0.0.1 or localhost), without user name, query or fragment')

/** A name the fleet can group by: letters, digits, dot, dash, underscore. */
const fleetNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_" or "-"')

export const telemetrySchema = z
  .object({
    /** The OTLP/HTTP base address; the kiosk posts to <endpoint>/v1/metrics and /v1/logs. */
    endpoint: otlpEndpointSchema,
    /** Extra HTTP headers, e.g. an API key for the Collector. Never logged. Sendable as is. */
    headers: httpHeadersSchema.optional(),
    /** This kiosk's name in the fleet (resource attribute `kiosk.id`). */
    kioskId: fleetNameSchema,
    /** The site or clinic it stands in (resource attribute `kiosk.site`). */
    site: fleetNameSchema,
    /** How often counts are sent; alerts (help, out of order, config error) go at once. */
    exportIntervalSeconds: z.number().int().min(10).max(3600).default(60),
  })
  .strict()

export type TelemetryConfig = z.output<typeof telemetrySchema>
