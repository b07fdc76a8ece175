import {
  auditFieldAllowlist,
  type AuditEventName,
  type AuditEvents,
  type AuditLog,
} from './audit-event'

/**
 * Copies only the allowlisted fields of an event into a plain JSON-able record. Used by every
 * audit writer, so no writer can be handed a stray property and persist it.
 */
export function toAuditRecord<E extends AuditEventName>(
  event: E,
  fields: AuditEvents[E],
  now: Date,
): Record<string, unknown> {
  const record: Record<string, unknown> = { time: now.toISOString(), event }
  for (const key of auditFieldAllowlist[event]) record[key as string] = fields[key]
  return record
}

/** An audit log that writes JSON lines to a stream (stdout in development). */
export function createStreamAuditLog(
  write: (line: string) => void,
  clock: () => Date = () => new Date(),
): AuditLog {
  return {
    record(event, fields) {
      write(`${JSON.stringify(toAuditRecord(event, fields, clock()))}\n`)
    },
  }
}
