import type { ScryptPinHash } from '../../../shared/config/pin-hash-schema'
import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { AuditLog } from '../audit/audit-event'
import type { LockoutState, LockoutStore } from './lockout-store'
import { verifyPin } from './pin-hash'

export const MAX_FAILURES = 5
export const LOCKOUT_MS = 5 * 60_000
/** An unlocked panel left alone this long locks again (the panel itself closes sooner). */
export const UNLOCK_IDLE_MS = 2 * 60_000
/** However busy, an unlock lasts at most this long; then the PIN is asked again. */
export const UNLOCK_MAX_MS = 15 * 60_000

export type StaffAccess =
  | { readonly access: 'disabled' }
  | { readonly access: 'locked'; readonly attemptsLeft: number }
  | { readonly access: 'locked-out'; readonly lockedOutUntil: number }
  | { readonly access: 'unlocked'; readonly expiresAt: number }

export type UnlockResult =
  | { readonly result: 'unlocked'; readonly expiresAt: number }
  | { readonly result: 'wrong-pin'; readonly attemptsLeft: number }
  | { readonly result: 'locked-out'; readonly lockedOutUntil: number }
  | { readonly result: 'disabled' }
  /** Another attempt is still being checked: one at a time, so guesses cannot run in parallel. */
  | { readonly result: 'busy' }

export interface StaffAuth {
  access(): StaffAccess
  unlock(pin: string): Promise<UnlockResult>
  lock(reason: 'staff' | 'panel-idle'): void
  /** Throws `IpcRejection('staff-locked')` unless unlocked; counts as staff activity. */
  requireUnlocked(): void
}

export interface StaffAuthDeps {
  /** The configured hash, or null when staff mode is off (no PIN set, or no valid config). */
  readonly pinHash: () => ScryptPinHash | null
  readonly store: LockoutStore
  readonly audit: AuditLog
  readonly now?: () => number
  readonly verify?: (pin: string, stored: ScryptPinHash) => Promise<boolean>
}

/**
 * The staff unlock, all of it in main: the PIN check, the failure count and lockout (persisted
 * through `store`, so neither a UI reload nor a restart resets them) and the unlocked state with
 * its expiry. The UI only ever learns the outcome; every attempt is logged without the PIN.
 */
export function createStaffAuth({
  pinHash,
  store,
  audit,
  now = Date.now,
  verify = verifyPin,
}: StaffAuthDeps): StaffAuth {
  let state = initialState(store, now())
  let unlocked: { since: number; lastActivity: number } | null = null
  let checking = false

  const save = (next: LockoutState): void => {
    state = next
    store.save(next)
  }
  /** Ends an expired lockout; pulls back one a wound-back clock would make too long. */
  const refreshLockout = (): void => {
    if (state.lockedUntil === null) return
    const time = now()
    if (time >= state.lockedUntil) save({ failures: 0, lockedUntil: null })
    else if (state.lockedUntil - time > LOCKOUT_MS)
      save({ ...state, lockedUntil: time + LOCKOUT_MS })
  }
  const expiresAt = (session: { since: number; lastActivity: number }): number =>
    Math.min(session.lastActivity + UNLOCK_IDLE_MS, session.since + UNLOCK_MAX_MS)
  const isUnlocked = (): boolean => {
    if (unlocked === null) return false
    if (now() < expiresAt(unlocked)) return true
    unlocked = null
    audit.record('staff-locked', { reason: 'expired' })
    return false
  }

  const access = (): StaffAccess => {
    if (pinHash() === null) return { access: 'disabled' }
    refreshLockout()
    if (state.lockedUntil !== null)
      return { access: 'locked-out', lockedOutUntil: state.lockedUntil }
    if (unlocked !== null && isUnlocked())
      return { access: 'unlocked', expiresAt: expiresAt(unlocked) }
    return { access: 'locked', attemptsLeft: MAX_FAILURES - state.failures }
  }

  const attempt = async (pin: string): Promise<UnlockResult> => {
    const stored = pinHash()
    if (stored === null) return { result: 'disabled' }
    refreshLockout()
    if (state.lockedUntil !== null)
      return { result: 'locked-out', lockedOutUntil: state.lockedUntil }
    // Counted before checking: a crash or restart during the check cannot forget the attempt.
    const failures = state.failures + 1
    save({ failures, lockedUntil: null })
    if (await verify(pin, stored)) {
      save({ failures: 0, lockedUntil: null })
      const time = now()
      unlocked = { since: time, lastActivity: time }
      return { result: 'unlocked', expiresAt: expiresAt(unlocked) }
    }
    if (failures < MAX_FAILURES)
      return { result: 'wrong-pin', attemptsLeft: MAX_FAILURES - failures }
    const lockedUntil = now() + LOCKOUT_MS
    save({ failures, lockedUntil })
    audit.record('staff-locked-out', { until: new Date(lockedUntil).toISOString() })
    return { result: 'locked-out', lockedOutUntil: lockedUntil }
  }

  return {
    access,
    async unlock(pin) {
      if (checking) {
        audit.record('staff-unlock-attempt', { result: 'busy', failures: state.failures })
        return { result: 'busy' }
      }
      checking = true
      try {
        const outcome = await attempt(pin)
        audit.record('staff-unlock-attempt', { result: outcome.result, failures: state.failures })
        return outcome
      } finally {
        checking = false
      }
    },
    lock(reason) {
      if (unlocked === null) return
      unlocked = null
      audit.record('staff-locked', { reason })
    },
    requireUnlocked() {
      if (unlocked === null || !isUnlocked()) throw new IpcRejection('staff-locked')
      unlocked = { ...unlocked, lastActivity: now() }
    },
  }
}

/** A damaged lockout file fails closed: a fresh lockout, as if five guesses had just failed. */
function initialState(store: LockoutStore, time: number): LockoutState {
  const loaded = store.load()
  if (loaded !== 'damaged') return loaded
  const state = { failures: MAX_FAILURES, lockedUntil: time + LOCKOUT_MS }
  store.save(state)
  return state
}
