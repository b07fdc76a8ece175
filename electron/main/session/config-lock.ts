import { timingSchema, type KioskConfig } from '../../../shared/config/kiosk-config'
import { isPatientPhase, type SessionTiming } from '../../../shared/session/session-state'
import type { ConfigStore } from '../config/config-store'
import type { SessionLifecycle } from './session-controller'

/**
 * Keeps the session lifecycle in step with the configuration. While it is missing or invalid
 * the kiosk shows `config-error` and no patient session can start. A configuration that breaks
 * during a session (staff reloaded a bad file) ends that session through the verified wipe
 * instead of letting it run on settings that no longer hold.
 */
export function lockSessionsOnConfigProblems(
  lifecycle: Pick<SessionLifecycle, 'setConfigProblem' | 'phase' | 'end'>,
  config: Pick<ConfigStore, 'current' | 'subscribe'>,
): void {
  const apply = (): void => {
    const broken = config.current() === null
    lifecycle.setConfigProblem(broken)
    if (broken && isPatientPhase(lifecycle.phase())) void lifecycle.end('staff-reset')
  }
  apply()
  config.subscribe(apply)
}

/**
 * The timings the session machine runs on: those of the last valid configuration. Before any
 * valid configuration exists no session can run (the kiosk is in `config-error`), so the
 * schema's protective defaults only keep the machine's arithmetic defined.
 */
export function sessionTimingFrom(current: () => KioskConfig | null): () => SessionTiming {
  let last: SessionTiming = timingSchema.parse({})
  return () => {
    last = current()?.timing ?? last
    return last
  }
}
