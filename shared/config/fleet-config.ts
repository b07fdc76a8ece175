import { z } from 'zod'

import { telemetrySchema } from './telemetry-config'

/**
 * Settings for kiosks run as a fleet (issue 15), spread into the configuration schema so they
 * stay in one small file.
 */
export const fleetConfigFields = {
  /** For editors: the JSON Schema this file follows (`npm run config-schema`). Ignored. */
  $schema: z.string().max(2048).optional(),
  /**
   * Accept this file only with a valid detached Ed25519 signature. An installed signing key
   * requires it anyway; this makes a missing key an error instead of "not required".
   */
  requireSignedConfig: z.boolean().default(false),
  /** Opt-in OpenTelemetry export; absent = nothing leaves the kiosk. */
  telemetry: telemetrySchema.optional(),
}
