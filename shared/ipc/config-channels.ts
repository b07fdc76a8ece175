import { publicConfigSchema } from '../config/public-config'
import { emptyRequest } from './kiosk-channels'

export const configChannels = {
  /** What the UI needs of the configuration (portals, help line, languages) — never secrets. */
  'config:get-public': { request: emptyRequest, response: publicConfigSchema },
} as const
