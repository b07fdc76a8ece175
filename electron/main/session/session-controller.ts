import type { SessionView } from '../../../shared/ipc/session-channels'
import type { LanguageCode } from '../../../shared/languages'
import {
  createSessionRunner,
  realTimers,
  type SessionTimers,
  type WipeRequest,
} from '../../../shared/session/session-runner'
import type {
  SessionEndCause as AnySessionEndCause,
  SessionState,
  SessionTiming,
} from '../../../shared/session/session-state'
import { toSessionView } from '../../../shared/session/session-view'
import type { AuditLog, SessionMilestone } from '../audit/audit-event'
import type { WipeReport } from '../wipe/wipe-transaction'

/** Every way a patient's session can end. All of them go through the same verified wipe. */
export type SessionEndCause = AnySessionEndCause

/** What the rest of main learns when a session ends (anonymous: for counters and the log). */
export interface SessionSummary {
  readonly cause: SessionEndCause
  readonly language: LanguageCode | null
  readonly portalId: string | null
  readonly handedOff: boolean
  readonly durationMs: number
}

/**
 * Owns the patient session as the UI sees it and tells listeners about every change.
 * Staff mode and counters use `end('staff-reset')`, `setAssistedMode` and `onSessionEnded`.
 */
export interface SessionController {
  view(): SessionView
  start(language: LanguageCode): SessionView
  recordActivity(): void
  /** Resolves after the wipe, with attract (verified) or out-of-order (not verified). */
  end(cause: SessionEndCause): Promise<SessionView>
  /** Longer time-outs while staff help this patient; ends with the session. */
  setAssistedMode(on: boolean): void
  subscribe(listener: (view: SessionView) => void): () => void
  onSessionEnded(listener: (summary: SessionSummary) => void): () => void
}

/** What the portal view, IPC and recovery modules need on top of the public interface. */
export interface SessionLifecycle extends SessionController {
  /** "I need more time" in the idle warning. */
  requestMoreTime(): SessionView
  /** Input seen in the portal view by main. */
  recordPortalActivity(): void
  noteMilestone(milestone: SessionMilestone, portalId?: string): void
  /** The configuration became unusable (true) or usable again (false). */
  setConfigProblem(broken: boolean): void
  /** The last wipe's outcome and duration (for the staff panel), null before the first. */
  lastWipe(): LastWipe | null
  /** Resolves once no wipe is running. */
  settled(): Promise<SessionView>
  phase(): SessionState['phase']
  dispose(): void
}

/** A finished wipe, anonymous: whether it verified, how long it took, when it finished. */
export interface LastWipe {
  readonly ok: boolean
  readonly durationMs: number
  /** Epoch milliseconds. */
  readonly at: number
}

export interface SessionControllerDeps {
  readonly timing: () => SessionTiming
  /** THE wipe (runWipe bound to the real Electron objects in index.ts). */
  readonly wipe: (request: WipeRequest) => Promise<WipeReport>
  readonly audit: AuditLog
  readonly newSessionId: () => string
  readonly clock?: () => number
  readonly timers?: SessionTimers
}

interface PatientRecord {
  readonly id: string
  readonly startedAt: number
  readonly language: LanguageCode
  readonly milestones: SessionMilestone[]
  portalId: string | null
}

/**
 * The session lifecycle in main: the shared state machine with real timers, the one verified
 * wipe for every way a session ends, and the audit trail (random ids, causes, durations only).
 */
export function createSessionController(deps: SessionControllerDeps): SessionLifecycle {
  const clock = deps.clock ?? Date.now
  let patient: PatientRecord | null = null
  let lastEnded: { record: PatientRecord; cause: SessionEndCause } | null = null
  let lastWipe: LastWipe | null = null
  const endedListeners = new Set<(summary: SessionSummary) => void>()

  const runner = createSessionRunner({
    clock,
    timers: deps.timers ?? realTimers,
    timing: deps.timing,
    wipe: async (request) => {
      const ended = lastEnded
      let report: WipeReport | null = null
      try {
        report = await deps.wipe(request)
      } catch {
        report = null // a wipe that throws is a wipe that did not verify
      }
      deps.audit.record('wipe-finished', {
        sessionId: ended?.record.id ?? null,
        cause: request.cause,
        result: report?.verified === true ? 'verified' : 'failed',
        failedSteps: report?.failedSteps ?? ['wipe-threw'],
        wipeMs: report?.wipeMs ?? 0,
        verifyMs: report?.verifyMs ?? 0,
      })
      lastWipe = {
        ok: report?.verified === true,
        durationMs: (report?.wipeMs ?? 0) + (report?.verifyMs ?? 0),
        at: clock(),
      }
      if (ended !== null) notifyEnded(ended.record, ended.cause)
      return report?.verified === true
    },
  })

  const view = (): SessionView => toSessionView(runner.state(), deps.timing())

  runner.subscribe((state, previous) => {
    if (state.phase === 'wiping' && previous.phase !== 'wiping') {
      lastEnded =
        patient === null ? null : { record: patient, cause: state.endCause ?? 'staff-reset' }
      if (patient !== null) auditEnd(patient, state, previous)
      patient = null
    }
  })

  const auditEnd = (record: PatientRecord, state: SessionState, previous: SessionState): void => {
    deps.audit.record('session-end', {
      sessionId: record.id,
      cause: state.endCause ?? 'unknown',
      durationMs: clock() - record.startedAt,
      stepsReached: [...record.milestones],
      portalId: record.portalId,
      language: record.language,
      extensionsUsed: previous.extensionsUsed,
    })
  }

  const notifyEnded = (record: PatientRecord, cause: SessionEndCause): void => {
    const summary: SessionSummary = {
      cause,
      language: record.language,
      portalId: record.portalId,
      handedOff: record.milestones.includes('portal-ready'),
      durationMs: clock() - record.startedAt,
    }
    for (const listener of endedListeners) listener(summary)
  }

  return {
    view,
    start(language) {
      if (runner.state().phase !== 'attract') return view()
      patient = {
        id: deps.newSessionId(),
        startedAt: clock(),
        language,
        milestones: ['started'],
        portalId: null,
      }
      runner.send({ type: 'start' })
      deps.audit.record('session-start', {
        sessionId: patient.id,
        language,
        assisted: runner.state().assisted,
      })
      return view()
    },
    recordActivity: () => void runner.send({ type: 'activity', source: 'ui' }),
    recordPortalActivity: () => void runner.send({ type: 'activity', source: 'portal' }),
    requestMoreTime() {
      runner.send({ type: 'more-time' })
      return view()
    },
    async end(cause) {
      runner.send({ type: 'end', cause })
      await runner.settled()
      return view()
    },
    setAssistedMode: (on) => void runner.send({ type: 'set-assisted', on }),
    noteMilestone(milestone, portalId) {
      if (patient === null) return
      if (!patient.milestones.includes(milestone)) patient.milestones.push(milestone)
      if (portalId !== undefined) patient.portalId = portalId
    },
    setConfigProblem: (broken) =>
      void runner.send({ type: broken ? 'config-invalid' : 'config-valid' }),
    lastWipe: () => lastWipe,
    async settled() {
      await runner.settled()
      return view()
    },
    phase: () => runner.state().phase,
    subscribe(listener) {
      return runner.subscribe(() => listener(view()))
    },
    onSessionEnded(listener) {
      endedListeners.add(listener)
      return () => endedListeners.delete(listener)
    },
    dispose: () => runner.dispose(),
  }
}
