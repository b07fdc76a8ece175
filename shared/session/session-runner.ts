import { nextDeadline, nextSessionState } from './session-machine'
import {
  initialSessionState,
  type SessionEndCause,
  type SessionEvent,
  type SessionState,
  type SessionTiming,
} from './session-state'

/** setTimeout/clearTimeout, injected so tests drive time and shared/ stays free of globals. */
export interface SessionTimers {
  set(callback: () => void, delayMs: number): unknown
  clear(handle: unknown): void
}

/** The platform's own timers (setTimeout exists in main and in the page alike). */
export const realTimers: SessionTimers = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface WipeRequest {
  readonly cause: SessionEndCause
  /** The generation the UI must report as empty before the wipe can succeed. */
  readonly generation: number
}

export interface SessionRunnerDeps {
  readonly clock: () => number
  readonly timers: SessionTimers
  /** Read at every event, so a reloaded configuration applies from the next event on. */
  readonly timing: () => SessionTiming
  /**
   * THE wipe: the one function every end of a session runs. Resolves true only when the wipe
   * was verified; false or a rejection locks the kiosk in out-of-order.
   */
  readonly wipe: (request: WipeRequest) => Promise<boolean>
}

type WithoutTime<E> = E extends unknown ? Omit<E, 'at'> : never
export type SessionInput = WithoutTime<SessionEvent>

export interface SessionRunner {
  state(): SessionState
  /** Applies an event stamped with the clock's time and returns the new state. */
  send(input: SessionInput): SessionState
  /** Resolves once no wipe is running (immediately if none is). */
  settled(): Promise<SessionState>
  subscribe(listener: (state: SessionState, previous: SessionState) => void): () => void
  /** Stops the idle timer (app shutdown, tests). */
  dispose(): void
}

/**
 * Runs the pure machine with real (or fake) time: keeps one timer for the next deadline and,
 * whenever the machine enters `wiping`, runs the injected wipe and feeds its result back.
 */
export function createSessionRunner(deps: SessionRunnerDeps): SessionRunner {
  let current = initialSessionState()
  let timer: unknown = null
  let wipeInFlight: Promise<SessionState> | null = null
  const listeners = new Set<(state: SessionState, previous: SessionState) => void>()

  const schedule = (): void => {
    if (timer !== null) deps.timers.clear(timer)
    timer = null
    const deadline = nextDeadline(current, deps.timing())
    if (deadline === null) return
    const delay = Math.max(0, deadline - deps.clock())
    timer = deps.timers.set(() => {
      timer = null
      send({ type: 'idle-check' })
    }, delay)
  }

  const startWipe = (request: { cause: SessionEndCause; generation: number }): void => {
    const run = (async (): Promise<SessionState> => {
      let verified = false
      try {
        verified = await deps.wipe(request)
      } catch {
        verified = false
      }
      wipeInFlight = null
      return send({ type: verified ? 'wipe-succeeded' : 'wipe-failed' })
    })()
    wipeInFlight = run
  }

  const send = (input: SessionInput): SessionState => {
    const previous = current
    const event = { ...input, at: deps.clock() } as SessionEvent
    current = nextSessionState(previous, event, deps.timing())
    schedule()
    if (current === previous) return current
    for (const listener of listeners) listener(current, previous)
    if (current.phase === 'wiping' && previous.phase !== 'wiping' && current.endCause !== null) {
      startWipe({ cause: current.endCause, generation: current.generation })
    }
    return current
  }

  return {
    state: () => current,
    send,
    settled: () => wipeInFlight ?? Promise.resolve(current),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      if (timer !== null) deps.timers.clear(timer)
      timer = null
    },
  }
}
