import { z } from 'zod'

import { publicConfigSchema } from '../config/public-config'
import { emptyRequest } from './kiosk-channels'

/** Where the configuration in force came from (docs/clinic-it.md, "Configuration and staff mode"). */
export const configSourceSchema = z.object({
  kind: z.enum(['argument', 'environment', 'user-data', 'embedded']),
  /** The file's path; absent for the embedded default. */
  path: z.string().optional(),
})

export const configProblemSchema = z.object({ path: z.string(), message: z.string() })

/**
 * The state of the configuration, for the "not configured" screen and the staff panel. Holds
 * no setting values (and never the PIN hash): where the file is, its SHA-256, what is wrong.
 */
export const configStatusSchema = z.object({
  state: z.enum(['ok', 'invalid']),
  source: configSourceSchema,
  sha256: z.string().optional(),
  problems: z.array(configProblemSchema),
  /** Settings flagged `verify` (not confirmed by IT), listed for staff; never shown to patients. */
  unverified: z.array(configProblemSchema).optional(),
})
export type ConfigStatusView = z.output<typeof configStatusSchema>

export const configChannels = {
  /**
   * What the UI needs of the configuration (portals, help line, languages) — never secrets.
   * Refused with `rejected`/`not-configured` while the configuration is invalid.
   */
  'config:get-public': { request: emptyRequest, response: publicConfigSchema },
  'config:get-status': { request: emptyRequest, response: configStatusSchema },
  /**
   * Reads the file again, without a PIN, but only while the kiosk is locked as "not
   * configured" (refused with `config-ok` otherwise): IT fixes the file, then taps "Check again".
   */
  'config:recheck': { request: emptyRequest, response: configStatusSchema },
} as const
