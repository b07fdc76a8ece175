import type { Session } from 'electron'

import { clearAllClipboards, clipboardsAreEmpty, type KioskClipboards } from './clipboards'

/** A partition's session: what the wipe clears and then inspects. */
export type WipeableSession = Pick<
  Session,
  'clearData' | 'clearStorageData' | 'clearCache' | 'clearAuthCache' | 'cookies'
>

export interface WipeDeps {
  /** The portal view manager (or anything that owns the view and the partition names). */
  readonly portal: {
    close(): Promise<void>
    hasView(): boolean
  }
  readonly partitions: { current(): string; rotate(): string }
  readonly sessionFor: (partition: string) => WipeableSession
  /** `selection` is the X11 primary selection on Linux (text highlighted is copied there too). */
  readonly clipboard: KioskClipboards
  /**
   * Tells the UI to remount for `generation` (reloading it first after a crash or hang) and
   * resolves true once the UI reports an empty state for exactly that generation.
   */
  readonly resetUi: (generation: number, reload: boolean) => Promise<boolean>
  readonly clock: () => number
  readonly timers: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void }
  /** Longest any single step may take before it counts as failed. */
  readonly stepTimeoutMs?: number
  /** Longest the UI may take to report its empty state (a reload takes longer). */
  readonly uiTimeoutMs?: number
}

export type WipeStepName =
  | 'close-portal-view'
  | 'clear-data'
  | 'clear-storage-data'
  | 'clear-cache'
  | 'clear-auth-cache'
  | 'clear-clipboard'
  | 'reset-ui'
  | 'new-partition'
  | 'verify-portal-gone'
  | 'verify-no-cookies-old-partition'
  | 'verify-no-cookies-new-partition'
  | 'verify-clipboard-empty'
  | 'verify-ui-empty'

export interface WipeReport {
  /** True only if every step ran and every verification passed. */
  readonly verified: boolean
  /** Steps in the order they ran. */
  readonly steps: readonly WipeStepName[]
  readonly failedSteps: readonly WipeStepName[]
  readonly wipeMs: number
  readonly verifyMs: number
  readonly oldPartition: string
  readonly newPartition: string | null
}

export interface WipeRequest {
  readonly generation: number
  /** The UI crashed or hung: reload it instead of only remounting. */
  readonly reloadUi: boolean
}

/**
 * THE wipe. One awaited, timed transaction run after every session, however it ended: destroy
 * the portal view, clear its partition, clear the clipboard, reset the UI, start a new partition,
 * then verify. Every step runs even if an earlier one failed (erase as much as possible), and
 * any failure makes the report unverified, which locks the kiosk until staff reset it.
 */
export async function runWipe(deps: WipeDeps, request: WipeRequest): Promise<WipeReport> {
  const steps: WipeStepName[] = []
  const failedSteps: WipeStepName[] = []
  const stepTimeout = deps.stepTimeoutMs ?? 5000
  const run = async (name: WipeStepName, action: () => unknown, timeoutMs = stepTimeout) => {
    steps.push(name)
    try {
      const outcome = await withTimeout(Promise.resolve().then(action), timeoutMs, deps.timers)
      if (outcome === false) failedSteps.push(name)
    } catch {
      failedSteps.push(name)
    }
  }

  const started = deps.clock()
  const oldPartition = deps.partitions.current()
  const old = deps.sessionFor(oldPartition)
  let newPartition: string | null = null
  // Started early so the UI remounts while storage is being cleared; awaited in verification.
  let uiConfirmed: Promise<boolean> = Promise.resolve(false)

  await run('close-portal-view', () => deps.portal.close())
  await run('clear-data', () => old.clearData())
  await run('clear-storage-data', () => old.clearStorageData())
  await run('clear-cache', () => old.clearCache())
  await run('clear-auth-cache', () => old.clearAuthCache())
  await run('clear-clipboard', () => clearAllClipboards(deps.clipboard))
  await run('reset-ui', () => {
    uiConfirmed = deps.resetUi(request.generation, request.reloadUi)
  })
  await run('new-partition', () => {
    newPartition = deps.partitions.rotate()
  })
  const wiped = deps.clock()

  await run('verify-portal-gone', () => !deps.portal.hasView())
  await run('verify-no-cookies-old-partition', async () => {
    return (await old.cookies.get({})).length === 0
  })
  await run('verify-no-cookies-new-partition', async () => {
    if (newPartition === null) return false
    return (await deps.sessionFor(newPartition).cookies.get({})).length === 0
  })
  // Both clipboards: a stubborn selection (a clipboard manager restoring it) fails the wipe too.
  await run('verify-clipboard-empty', () => clipboardsAreEmpty(deps.clipboard))
  await run('verify-ui-empty', () => uiConfirmed, deps.uiTimeoutMs ?? 15_000)
  const verifiedAt = deps.clock()

  return {
    verified: failedSteps.length === 0,
    steps,
    failedSteps,
    wipeMs: wiped - started,
    verifyMs: verifiedAt - wiped,
    oldPartition,
    newPartition,
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, timers: WipeDeps['timers']): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.set(() => reject(new Error('wipe step timed out')), ms)
    promise.then(
      (value) => {
        timers.clear(handle)
        resolve(value)
      },
      (error: unknown) => {
        timers.clear(handle)
        reject(error instanceof Error ? error : new Error('wipe step failed'))
      },
    )
  })
}

/** A crashed or hung UI cannot remount itself: the wipe reloads it instead. */
export function uiNeedsReload(cause: string): boolean {
  return cause === 'ui-crashed' || cause === 'ui-unresponsive'
}
