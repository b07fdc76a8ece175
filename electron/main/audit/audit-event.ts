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
  'navigation-blocked': {
    origin: string
    view: 'ui' | 'portal' | 'unknown'
    /** How the page tried to go there; absent for older callers. */
    kind?: NavigationKind
  }
  // Session lifecycle (portal view, wipe, recovery). Ids are random; causes and steps are enums.
  'session-start': { sessionId: string; language: string; assisted: boolean }
  'session-end': {
    sessionId: string
    cause: string
    durationMs: number
    stepsReached: readonly SessionMilestone[]
    portalId: string | null
    language: string | null
    extensionsUsed: number
  }
  'wipe-finished': {
    sessionId: string | null
    cause: string
    result: 'verified' | 'failed'
    failedSteps: readonly string[]
    wipeMs: number
    verifyMs: number
  }
  'portal-load-failed': { portalId: string | null; origin: string; errorCode: number }
  'portal-certificate-refused': { origin: string; error: string }
  'renderer-gone': { view: 'ui' | 'portal'; reason: string; exitCode: number }
  'renderer-unresponsive': { view: 'ui' | 'portal'; graceMs: number }
  'renderer-recovered': { view: 'ui' | 'portal'; action: 'wiped-and-reloaded' | 'responsive-again' }
  // Configuration (issue 5): where it came from and the file's SHA-256; problems are our own
  // messages with the setting's path (they never repeat a value from the file).
  'config-loaded': { source: string; path: string | null; sha256: string | null }
  'config-invalid': {
    source: string
    path: string | null
    sha256: string | null
    problems: string[]
  }
  // Live reload (issue 15): a changed file was seen; it applies now or after this session.
  'config-change-noticed': { appliesAt: 'now' | 'after-session' }
  // Telemetry (issue 15): exports that failed after retries, reported at most once an hour.
  'telemetry-export-failed': { signal: 'metrics' | 'logs'; failures: number; error: string }
  // Staff mode (issue 5): every PIN attempt's outcome, never the PIN.
  'staff-unlock-attempt': { result: string; failures: number }
  'staff-locked-out': { until: string }
  'staff-locked': { reason: string }
  'staff-action': { action: string; outcome: string }
  'state-file-problem': { file: string; problem: 'damaged' | 'unwritable' }
  // Field-ready shell (issue 10): restarts, the window's close guard, refused OS dialogs.
  'app-restart': { reason: string; via: 'appimage' | 'executable' | 'supervisor' }
  'restart-skipped': { reason: string; why: string }
  'window-close-refused': { restarting: boolean }
  /** A native dialog the portal (or our UI) tried to open; origin only, never a URL. */
  'dialog-refused': {
    kind: 'file-chooser' | 'http-auth' | 'download' | 'passkey' | 'pdf-viewer'
    origin: string
  }
  /** The DevTools-protocol guard against file choosers could not be set up or was lost. */
  'dialog-guard-failed': { stage: string }
}

/**
 * How a navigation was attempted (for the blocked-navigation event). One list for the type and
 * for telemetry's allowlist (`kiosk.navigation.kind`), so a new kind cannot reach the fleet as
 * "other". `new-window-post`: a pop-up that posts a form; loading it in place would drop the
 * form (docs/security.md, "Pop-ups").
 */
export const navigationKinds = [
  'navigate',
  'frame',
  'subframe',
  'redirect',
  'new-window',
  'new-window-post',
] as const

export type NavigationKind = (typeof navigationKinds)[number]

/** Anonymous milestones of a session, for "steps reached" (never what was entered). */
export type SessionMilestone =
  'started' | 'portal-opened' | 'portal-ready' | 'portal-blocked' | 'portal-failed'

export type AuditEventName = keyof AuditEvents

/** The allowlist the writer enforces at run time, mirroring `AuditEvents`. */
export const auditFieldAllowlist: {
  readonly [E in AuditEventName]: readonly (keyof AuditEvents[E])[]
} = {
  'app-start': ['version', 'runtime'],
  'app-stop': ['reason'],
  'ipc-rejected': ['channel', 'code'],
  'ipc-handler-failed': ['channel', 'errorName'],
  'navigation-blocked': ['origin', 'view', 'kind'],
  'session-start': ['sessionId', 'language', 'assisted'],
  'session-end': [
    'sessionId',
    'cause',
    'durationMs',
    'stepsReached',
    'portalId',
    'language',
    'extensionsUsed',
  ],
  'wipe-finished': ['sessionId', 'cause', 'result', 'failedSteps', 'wipeMs', 'verifyMs'],
  'portal-load-failed': ['portalId', 'origin', 'errorCode'],
  'portal-certificate-refused': ['origin', 'error'],
  'renderer-gone': ['view', 'reason', 'exitCode'],
  'renderer-unresponsive': ['view', 'graceMs'],
  'renderer-recovered': ['view', 'action'],
  'config-loaded': ['source', 'path', 'sha256'],
  'config-invalid': ['source', 'path', 'sha256', 'problems'],
  'config-change-noticed': ['appliesAt'],
  'telemetry-export-failed': ['signal', 'failures', 'error'],
  'staff-unlock-attempt': ['result', 'failures'],
  'staff-locked-out': ['until'],
  'staff-locked': ['reason'],
  'staff-action': ['action', 'outcome'],
  'state-file-problem': ['file', 'problem'],
  'app-restart': ['reason', 'via'],
  'restart-skipped': ['reason', 'why'],
  'window-close-refused': ['restarting'],
  'dialog-refused': ['kind', 'origin'],
  'dialog-guard-failed': ['stage'],
}

export interface AuditLog {
  record<E extends AuditEventName>(event: E, fields: AuditEvents[E]): void
}
