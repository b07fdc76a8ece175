import type { SessionView } from '../../../shared/ipc/session-channels'
import type { SessionController } from '../session/session-controller'
import type { ConfigStore } from './config-store'

/**
 * Wraps the session controller so no patient session can run on a missing or broken
 * configuration: while the configuration is invalid every view reads `config-error` and
 * `start` is refused. The controller itself is not changed (it is owned by the session
 * lifecycle); the gate sits between it and everything that asks for the session view.
 *
 * Every configuration change also bumps the generation the UI sees, so the UI remounts its
 * patient tree and reads the new configuration (languages, portals) from scratch.
 */
export function gateSessionOnConfig(
  inner: SessionController,
  config: Pick<ConfigStore, 'current' | 'subscribe'>,
): SessionController {
  let configEpoch = 0
  const listeners = new Set<(view: SessionView) => void>()
  const gate = (view: SessionView): SessionView => {
    const generation = view.generation + configEpoch
    if (config.current() === null) return { phase: 'config-error', generation }
    return { ...view, generation }
  }
  const publish = (view: SessionView): void => {
    for (const listener of listeners) listener(view)
  }
  inner.subscribe((view) => publish(gate(view)))
  config.subscribe(() => {
    configEpoch += 1
    const phase = inner.view().phase
    // A patient must never carry on under a configuration that is no longer valid.
    if (config.current() === null && phase !== 'attract' && phase !== 'config-error')
      void inner.end('staff-reset')
    publish(gate(inner.view()))
  })
  return {
    view: () => gate(inner.view()),
    start: (language) =>
      config.current() === null ? gate(inner.view()) : gate(inner.start(language)),
    recordActivity: () => inner.recordActivity(),
    end: async (cause) => gate(await inner.end(cause)),
    setAssistedMode: (on) => inner.setAssistedMode(on),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onSessionEnded: (listener) => inner.onSessionEnded(listener),
  }
}
