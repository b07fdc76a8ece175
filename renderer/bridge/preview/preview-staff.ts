import { DEFAULT_RESTART_HOUR, DEFAULT_RESTART_SESSIONS } from '../../../shared/config/kiosk-config'
import type { ConfigStatusView } from '../../../shared/ipc/config-channels'
import { ipcFail, ipcOk } from '../../../shared/ipc/ipc-result'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import type {
  StaffAccessView,
  StaffStatus,
  UnlockResultView,
} from '../../../shared/ipc/staff-channels'
import { isPatientPhase } from '../../../shared/session/session-state'
import type { PreviewSession } from './preview-session'

/**
 * PREVIEW ONLY: the demo staff PIN of the browser preview, documented in docs/clinic-it.md. This
 * module is reachable only from the preview bridge, which main.tsx imports in preview mode
 * only, so the Electron build never contains it
 * (tests/scripts/preview-pin-not-in-electron-build.test.ts).
 * The real kiosk checks the PIN in main against the scrypt hash in its configuration.
 */
export const PREVIEW_DEMO_PIN = '159357'

const MAX_FAILURES = 5
const LOCKOUT_MS = 5 * 60_000
const UNLOCK_MS = 2 * 60_000

export type PreviewStaffMethods = Pick<
  KioskBridge,
  | 'getStaffAccess'
  | 'unlockStaff'
  | 'lockStaff'
  | 'getStaffStatus'
  | 'resetSessionByStaff'
  | 'setAssistedMode'
  | 'reloadConfig'
  | 'exitKiosk'
  | 'requestStaffHelp'
>

export interface PreviewStaffDeps {
  readonly session: Pick<PreviewSession, 'view' | 'end' | 'setAssistedMode'>
  readonly configStatus: () => ConfigStatusView
  readonly record: (method: string, request: unknown) => void
  /** `?staff=off` shows the "staff mode is off" message (no PIN configured). */
  readonly enabled: boolean
  readonly now?: () => number
}

/** The staff channels answered in the page, with the same outcomes and refusals as main. */
export function createPreviewStaff(deps: PreviewStaffDeps): PreviewStaffMethods {
  const now = deps.now ?? Date.now
  let failures = 0
  let lockedUntil: number | null = null
  let unlockedUntil: number | null = null
  let sessionsEnded = 0
  /** The generation of the session whose patient asked for staff help (main: per session). */
  let helpRequestedIn: number | null = null
  const assistedMode = () => deps.session.view().assisted === true
  const inPatientSession = () => isPatientPhase(deps.session.view().phase)

  const access = (): StaffAccessView => {
    if (!deps.enabled) return { access: 'disabled' }
    if (lockedUntil !== null && now() >= lockedUntil) {
      lockedUntil = null
      failures = 0
    }
    if (lockedUntil !== null) return { access: 'locked-out', lockedOutUntil: lockedUntil }
    if (unlockedUntil !== null && now() < unlockedUntil)
      return { access: 'unlocked', expiresAt: unlockedUntil }
    return { access: 'locked', attemptsLeft: MAX_FAILURES - failures }
  }
  const unlock = (pin: string): UnlockResultView => {
    const current = access()
    if (current.access === 'disabled') return { result: 'disabled' }
    if (current.access === 'locked-out')
      return { result: 'locked-out', lockedOutUntil: current.lockedOutUntil }
    if (pin === PREVIEW_DEMO_PIN) {
      failures = 0
      unlockedUntil = now() + UNLOCK_MS
      if (helpRequestedIn === deps.session.view().generation && inPatientSession())
        deps.session.setAssistedMode(true)
      return { result: 'unlocked', expiresAt: unlockedUntil }
    }
    failures += 1
    if (failures < MAX_FAILURES)
      return { result: 'wrong-pin', attemptsLeft: MAX_FAILURES - failures }
    lockedUntil = now() + LOCKOUT_MS
    return { result: 'locked-out', lockedOutUntil: lockedUntil }
  }
  /** Runs a panel action only while unlocked, like main's requireUnlocked(). */
  const guarded = <T>(method: string, request: unknown, action: () => T | Promise<T>) => {
    deps.record(method, request ?? {})
    if (access().access !== 'unlocked')
      return Promise.resolve(ipcFail<T>('rejected', 'staff-locked'))
    unlockedUntil = now() + UNLOCK_MS
    return Promise.resolve(action()).then((value) => ipcOk(value))
  }
  const status = (): StaffStatus => ({
    appVersion: 'preview',
    config: deps.configStatus(),
    lastWipe: null,
    errors: { count: 0, recent: [] },
    counts: {
      date: new Date(now()).toISOString().slice(0, 10),
      sessions: sessionsEnded,
      completedHandOffs: 0,
      timeouts: 0,
      finishedOnOwnPhone: 0,
      byPortal: {},
      byLanguage: {},
    },
    assistedMode: assistedMode(),
    unlockExpiresAt: unlockedUntil ?? 0,
    // The preview loads no portal, so nothing is ever blocked; the restart policy is the default.
    shell: {
      dailyRestartHour: DEFAULT_RESTART_HOUR,
      restartAfterSessions: DEFAULT_RESTART_SESSIONS,
      sessionsSinceStart: sessionsEnded,
      blockedFrames: [],
    },
  })

  return {
    getStaffAccess: (request) => {
      deps.record('getStaffAccess', request ?? {})
      return Promise.resolve(ipcOk(access()))
    },
    unlockStaff: (request) => {
      // The PIN itself is never written to the call log.
      deps.record('unlockStaff', { pin: '(hidden)' })
      return Promise.resolve(ipcOk(unlock(request.pin)))
    },
    lockStaff: (request) => {
      deps.record('lockStaff', request ?? {})
      unlockedUntil = null
      return Promise.resolve(ipcOk(null))
    },
    getStaffStatus: (request) => guarded('getStaffStatus', request, status),
    resetSessionByStaff: (request) =>
      guarded('resetSessionByStaff', request, () => {
        if (deps.session.view().phase !== 'attract') sessionsEnded += 1
        return deps.session.end('staff-reset')
      }),
    setAssistedMode: (request) => {
      if (request.on && !inPatientSession() && access().access === 'unlocked') {
        deps.record('setAssistedMode', request)
        return Promise.resolve(ipcFail('rejected', 'no-session'))
      }
      return guarded('setAssistedMode', request, () => {
        deps.session.setAssistedMode(request.on)
        return { assistedMode: assistedMode() }
      })
    },
    requestStaffHelp: (request) => {
      deps.record('requestStaffHelp', request ?? {})
      const requested = inPatientSession()
      if (requested) helpRequestedIn = deps.session.view().generation
      return Promise.resolve(ipcOk({ requested }))
    },
    // As main does (staff-ipc.ts): a patient's running session is erased first, never carried
    // into the new configuration.
    reloadConfig: (request) =>
      guarded('reloadConfig', request, async () => {
        if (inPatientSession()) {
          sessionsEnded += 1
          await deps.session.end('staff-reset')
        }
        return deps.configStatus()
      }),
    exitKiosk: (request) => guarded('exitKiosk', request, () => null),
  }
}
