import { auditFieldAllowlist, type AuditEventName, type AuditEvents } from './audit-event'

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
