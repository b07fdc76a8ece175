import { z } from 'zod'

/**
 * The main process's own health for the staff panel (issue 10): how the kiosk bounds its
 * lifetime, and which parts of official pages it blocked today. Origins and numbers only.
 */
export const shellStatusSchema = z.object({
  /** Local hour of the daily restart; null when the clinic opted out. */
  dailyRestartHour: z.number().int().min(0).max(23).nullable(),
  restartAfterSessions: z.number().int().min(1),
  /** Patients served by this process so far (it restarts at `restartAfterSessions`). */
  sessionsSinceStart: z.number().int().nonnegative(),
  /** Sub-frames blocked today, by origin, most first ("blocked parts of pages today"). */
  blockedFrames: z
    .array(z.object({ origin: z.string().max(300), count: z.number().int().nonnegative() }))
    .max(40),
  /** TLS client-certificate requests refused since start (no certificate ever leaves the device). */
  clientCertificatesRefused: z.number().int().nonnegative().optional(),
})
export type ShellStatus = z.output<typeof shellStatusSchema>
