import type { KioskConfig } from '../../../shared/config/kiosk-config'
import type { SessionPhase } from '../../../shared/ipc/session-channels'
import { withErrorTally } from '../staff/error-tally'
import { withTelemetry } from '../telemetry/audit-to-telemetry'
import { createFailureNotice } from '../telemetry/export-failure-notice'
import { createTelemetryRuntime } from '../telemetry/otel-runtime'
import { createTelemetryHub } from '../telemetry/telemetry-hub'
import { createFileAuditLog } from './file-audit-log'

/** Until a configuration is loaded, keep the schema's default retention. */
export const DEFAULT_RETENTION_DAYS = 30

export interface KioskAuditDeps {
  /** e.g. `<userData>/audit`. */
  readonly dir: string
  readonly appVersion: string
  readonly startedAt: Date
  /** The configuration in force: null until it is loaded, and while it is invalid. */
  readonly config: () => KioskConfig | null
  readonly phase: () => SessionPhase
  readonly clock: () => number
  /** Where the kiosk's own troubles go when the audit log cannot say them (the console). */
  readonly warn: (message: string, detail: unknown) => void
  readonly error: (message: string, detail: unknown) => void
}

/**
 * The audit log as the rest of main uses it: JSON lines on disk (kept for the configuration's
 * `logRetentionDays`), mirrored to the opt-in OpenTelemetry export (the `telemetry` section),
 * and counting error events for the staff panel ("errors since start"). Created before the
 * configuration exists, because loading the configuration is itself audited: the retention and
 * the exported attributes read the configuration when they are used, not now.
 */
export function createKioskAudit(deps: KioskAuditDeps) {
  const exportFailures = createFailureNotice(deps.clock, (notice) => {
    deps.warn('telemetry export failing', notice)
    audit.record('telemetry-export-failed', notice)
  })
  const telemetry = createTelemetryHub((settings) =>
    createTelemetryRuntime({
      config: settings,
      appVersion: deps.appVersion,
      phase: deps.phase,
      portalIds: () => deps.config()?.portals.map((portal) => portal.id) ?? [],
      clock: deps.clock,
      startedAt: deps.startedAt.getTime(),
      notice: exportFailures,
    }),
  )
  const audit = withErrorTally(
    withTelemetry(
      createFileAuditLog({
        dir: deps.dir,
        retentionDays: () => deps.config()?.logRetentionDays ?? DEFAULT_RETENTION_DAYS,
        onWriteError: (error) => deps.error('audit log write failed', error),
      }),
      () => telemetry.signals(),
    ),
  )
  return { audit, telemetry }
}
