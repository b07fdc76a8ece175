import type {
  AuditEventName,
  AuditEvents,
  AuditLog,
} from '../../../electron/main/audit/audit-event'

export interface RecordedAuditEvent {
  readonly event: AuditEventName
  readonly fields: Record<string, unknown>
}

/** An audit log that keeps events in memory for assertions. */
export function createRecordingAuditLog(): AuditLog & { readonly events: RecordedAuditEvent[] } {
  const events: RecordedAuditEvent[] = []
  return {
    events,
    record<E extends AuditEventName>(event: E, fields: AuditEvents[E]) {
      events.push({ event, fields: { ...fields } })
    },
  }
}
