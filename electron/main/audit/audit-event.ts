/**
 * Every event the audit log may record, with the only fields it may carry. The log writer
 * copies exactly these fields, so a stray property (a name, a code, a URL) can never reach
 * the file. Never add a field that could hold personal data: origins, never full URLs.
 */
export interface AuditEvents {
  'app-start': { version: string; runtime: 'electron' }
  'app-stop': { reason: string }
  'ipc-rejected': { channel: string; code: string }
  'ipc-handler-failed': { channel: string; errorName: string }
  'navigation-blocked': { origin: string; view: 'ui' | 'portal' | 'unknown' }
}

export type AuditEventName = keyof AuditEvents

/** The allowlist the writer enforces at run time, mirroring `AuditEvents`. */
export const auditFieldAllowlist: {
  readonly [E in AuditEventName]: readonly (keyof AuditEvents[E])[]
} = {
  'app-start': ['version', 'runtime'],
  'app-stop': ['reason'],
  'ipc-rejected': ['channel', 'code'],
  'ipc-handler-failed': ['channel', 'errorName'],
  'navigation-blocked': ['origin', 'view'],
}

export interface AuditLog {
  record<E extends AuditEventName>(event: E, fields: AuditEvents[E]): void
}
