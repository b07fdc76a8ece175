import { z } from 'zod'

/** An empty request: channels that take no arguments still get a strict schema. */
export const emptyRequest = z.object({}).strict()

export const kioskInfoSchema = z.object({
  appVersion: z.string(),
  /** `preview` is the browser preview (no Electron); the UI labels itself as such. */
  runtime: z.enum(['electron', 'preview']),
})
export type KioskInfo = z.output<typeof kioskInfoSchema>

export const kioskChannels = {
  'kiosk:get-info': { request: emptyRequest, response: kioskInfoSchema },
} as const
