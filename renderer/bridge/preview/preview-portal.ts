import type { PortalStatus } from '../../../shared/ipc/portal-channels'

/**
 * The preview's stand-in for the portal view. A browser page cannot host the official portal in
 * a locked view, so "opening" it only reports `ready`; the hand-off screen shows a placeholder
 * with the address instead of the page.
 */
export interface PreviewPortal {
  open(): PortalStatus
  reload(): PortalStatus
  close(): void
  /** Test hook for e2e: pretend main reported this status (e.g. failed, blocked). */
  simulate(status: PortalStatus): void
  subscribe(listener: (status: PortalStatus) => void): () => void
}

export function createPreviewPortal(): PreviewPortal {
  let status: PortalStatus = { state: 'closed' }
  const listeners = new Set<(status: PortalStatus) => void>()
  const publish = (next: PortalStatus): PortalStatus => {
    status = next
    for (const listener of listeners) listener(status)
    return status
  }
  const load = (): PortalStatus => {
    publish({ state: 'loading' })
    queueMicrotask(() => {
      if (status.state === 'loading') publish({ state: 'ready' })
    })
    return status
  }
  return {
    open: load,
    reload: load,
    close: () => void publish({ state: 'closed' }),
    simulate: (next) => void publish(next),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
