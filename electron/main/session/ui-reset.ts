/**
 * The wipe's handshake with the UI: main pushes a new generation (the UI remounts its whole
 * patient tree for it), and the UI answers `session:ui-reset {generation}` once it shows the
 * fresh, empty tree. Only an answer for exactly the generation the wipe pushed counts.
 */
export interface UiResetTracker {
  /** Called by the wipe; reloads the UI first after a crash or hang. */
  request(generation: number, reload: boolean): Promise<boolean>
  /** Called by the `session:ui-reset` handler. */
  confirm(generation: number): void
}

export function createUiResetTracker(deps: { readonly reloadUi: () => void }): UiResetTracker {
  let lastConfirmed = -1
  let pending: { generation: number; resolve: (ok: boolean) => void } | null = null
  return {
    request(generation, reload) {
      pending?.resolve(false) // a newer wipe supersedes an unanswered one
      pending = null
      if (reload) {
        deps.reloadUi()
      } else if (lastConfirmed === generation) {
        // The UI remounted while storage was being cleared and already answered.
        return Promise.resolve(true)
      }
      return new Promise((resolve) => {
        pending = { generation, resolve }
      })
    },
    confirm(generation) {
      lastConfirmed = generation
      if (pending !== null && pending.generation === generation) {
        pending.resolve(true)
        pending = null
      }
    },
  }
}
