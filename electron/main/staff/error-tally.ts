import type { AuditEventName, AuditLog } from '../audit/audit-event'

/** Audit events that mean something went wrong (names from every module, present and future). */
const ERROR_EVENT = /fail|crash|error|invalid|unresponsive|out-of-order|problem|locked-out/

export interface ErrorTally {
  readonly count: number
  readonly recent: readonly { readonly event: AuditEventName; readonly at: number }[]
}

const KEEP_RECENT = 5

/**
 * Wraps the audit log and counts the error events it records since start, for the staff
 * panel's "errors since start". Keeps event names and times only, never the fields.
 */
export function withErrorTally(
  inner: AuditLog,
  now: () => number = Date.now,
): AuditLog & { tally(): ErrorTally } {
  let count = 0
  const recent: { event: AuditEventName; at: number }[] = []
  return {
    record(event, fields) {
      inner.record(event, fields)
      if (!ERROR_EVENT.test(event)) return
      count += 1
      recent.unshift({ event, at: now() })
      recent.length = Math.min(recent.length, KEEP_RECENT)
    },
    tally: () => ({ count, recent: [...recent] }),
  }
}
