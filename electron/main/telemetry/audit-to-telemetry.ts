import type { AuditEventName, AuditEvents, AuditLog } from '../audit/audit-event'
import type { TelemetryAttributes } from './telemetry-attributes'

/** Counters the kiosk exports (OTLP metric names; Prometheus adds `_total`). */
export type CounterName =
  | 'kiosk.sessions.started'
  | 'kiosk.sessions.ended'
  | 'kiosk.sessions.timed_out'
  | 'kiosk.handoffs.completed'
  | 'kiosk.wipe.failures'
  | 'kiosk.help.requests'
  | 'kiosk.navigation.blocked'
  | 'kiosk.config.errors'

/** Events that should reach a person at once (OTLP log records with an event name). */
export type AlertName = 'kiosk.help_requested' | 'kiosk.out_of_order' | 'kiosk.config_error'

/** What telemetry can be told. Every attribute passes the allowlist before it is exported. */
export interface TelemetrySignals {
  count(name: CounterName, attributes?: TelemetryAttributes): void
  wipeDuration(ms: number, attributes: TelemetryAttributes): void
  alert(name: AlertName, attributes?: TelemetryAttributes): void
}

/**
 * Telemetry is fed from the audit log's own typed events, after the audit allowlist: it sees
 * exactly what the audit log sees (ids, causes, enums, origins), never a form value. Events
 * that mean nothing to a fleet are ignored.
 */
export function toTelemetry<E extends AuditEventName>(
  signals: TelemetrySignals,
  event: E,
  fields: AuditEvents[E],
): void {
  // A narrowed copy per case: TypeScript does not narrow `fields` through `event`.
  const on = <N extends AuditEventName>(name: N): AuditEvents[N] | null =>
    (event as AuditEventName) === name ? (fields as unknown as AuditEvents[N]) : null

  const started = on('session-start')
  if (started) signals.count('kiosk.sessions.started', { 'kiosk.language': started.language })

  const ended = on('session-end')
  if (ended) {
    const handedOff = ended.stepsReached.includes('portal-ready')
    const where = { 'kiosk.portal': ended.portalId, 'kiosk.language': ended.language }
    signals.count('kiosk.sessions.ended', {
      ...where,
      'kiosk.end_cause': ended.cause,
      'kiosk.handed_off': String(handedOff),
    })
    if (handedOff) signals.count('kiosk.handoffs.completed', where)
    if (ended.cause === 'idle-timeout') signals.count('kiosk.sessions.timed_out', where)
  }

  const wipe = on('wipe-finished')
  if (wipe) {
    signals.wipeDuration(wipe.wipeMs + wipe.verifyMs, { 'kiosk.wipe.result': wipe.result })
    if (wipe.result === 'failed') {
      // A wipe that did not verify locks the kiosk out of order until staff reset it.
      signals.count('kiosk.wipe.failures')
      signals.alert('kiosk.out_of_order', { 'kiosk.state': 'out-of-order' })
    }
  }

  const blocked = on('navigation-blocked')
  if (blocked)
    signals.count('kiosk.navigation.blocked', {
      'kiosk.navigation.origin': blocked.origin,
      'kiosk.navigation.kind': blocked.kind ?? 'navigate',
      'kiosk.view': blocked.view,
    })

  const staff = on('staff-action')
  if (staff?.action === 'help-requested') {
    signals.count('kiosk.help.requests')
    signals.alert('kiosk.help_requested')
  }

  if (on('config-invalid')) {
    signals.count('kiosk.config.errors')
    signals.alert('kiosk.config_error', { 'kiosk.state': 'config-error' })
  }
}

/**
 * The audit log with telemetry beside it. The audit record is written first and telemetry can
 * never break or delay it: the signals only update memory (exports run on their own timers),
 * and any exception is swallowed here.
 */
export function withTelemetry(inner: AuditLog, signals: () => TelemetrySignals | null): AuditLog {
  return {
    record(event, fields) {
      inner.record(event, fields)
      const current = signals()
      if (current === null) return
      try {
        toTelemetry(current, event, fields)
      } catch {
        // Telemetry is best effort; the audit log above is the record.
      }
    },
  }
}
