import type { App, RelaunchOptions } from 'electron'

import type { AuditLog } from '../audit/audit-event'

/** Why the kiosk restarts itself. */
export type RestartReason = 'daily-restart' | 'session-limit'

/** How a restart can come back, decided once from the environment at start-up. */
export type RelaunchPlan =
  | {
      readonly kind: 'relaunch'
      readonly via: 'appimage' | 'executable'
      readonly options: RelaunchOptions
    }
  /** A supervisor (systemd `Restart=always`, Shell Launcher) starts the kiosk again on exit. */
  | { readonly kind: 'exit-for-supervisor' }
  /** Nothing would start it again: quitting would leave the lobby with a dead screen. */
  | { readonly kind: 'impossible'; readonly why: 'appimage-path-missing' }

export interface RelaunchEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>
  /** process.execPath */
  readonly execPath: string
  /** process.argv */
  readonly argv: readonly string[]
}

/** AppImages run from a FUSE mount named like `/tmp/.mount_Portal…` (AppImageKit runtime). */
const APPIMAGE_MOUNT = /\/\.mount_[^/]+\//

/**
 * Where a relaunch must point.
 * - Under a supervisor that says so (`PORTAL_KIOSK_SUPERVISED=1`: set by the systemd unit we
 *   ship in deploy/systemd, which has `Restart=always`, and by Shell Launcher set-ups) we only
 *   exit: relaunching as well would race the supervisor's own restart for the single-instance
 *   lock. `INVOCATION_ID` alone is NOT supervision: systemd sets it for every unit it starts
 *   (systemd.exec(5)), including the `app-…@autostart.service` units a desktop session makes
 *   from XDG autostart entries, which have no `Restart=` — exiting there would leave the lobby
 *   with a dead screen (see `detectLauncher`).
 * - Inside an AppImage, `app.relaunch()` would re-run `process.execPath`, a path inside the
 *   AppImage's temporary mount that disappears when we exit (electron-userland/electron-builder
 *   #1727, #4650): relaunch the AppImage file itself, `$APPIMAGE`, with our arguments.
 * - Elsewhere (the .deb, the Windows install) the current executable and arguments.
 */
export function planRelaunch({ env, execPath, argv }: RelaunchEnvironment): RelaunchPlan {
  if (env['PORTAL_KIOSK_SUPERVISED'] === '1') return { kind: 'exit-for-supervisor' }
  const appImage = env['APPIMAGE']
  if (nonEmpty(appImage))
    return {
      kind: 'relaunch',
      via: 'appimage',
      options: { execPath: appImage, args: argv.slice(1) },
    }
  if (APPIMAGE_MOUNT.test(execPath)) return { kind: 'impossible', why: 'appimage-path-missing' }
  return { kind: 'relaunch', via: 'executable', options: { args: argv.slice(1) } }
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== ''
}

/** What started this process, as far as it can tell (logged at start for clinic IT). */
export type Launcher =
  /** PORTAL_KIOSK_SUPERVISED=1: our unit (Restart=always) or a Shell Launcher set-up. */
  | 'supervisor'
  /** A systemd user unit generated from an XDG autostart entry: nothing restarts it. */
  | 'xdg-autostart'
  /** Some other systemd unit, without our marker: its Restart= policy is unknown. */
  | 'systemd-unit'
  | 'unsupervised'

/**
 * Where the kiosk was started from. `cgroup` is the text of /proc/self/cgroup (Linux; empty
 * elsewhere): systemd-xdg-autostart-generator names its units `app-<name>@autostart.service`
 * (systemd-xdg-autostart-generator(8)), and the unit is the last path element of our cgroup.
 */
export function detectLauncher(
  env: Readonly<Record<string, string | undefined>>,
  cgroup: string,
): Launcher {
  if (env['PORTAL_KIOSK_SUPERVISED'] === '1') return 'supervisor'
  if (!nonEmpty(env['INVOCATION_ID'])) return 'unsupervised'
  // The innermost unit: user@1000.service holds the user's units, ours is below it.
  const unit = [...cgroup.matchAll(/\/([^/\n]+\.service)(?=\/|$)/gm)].at(-1)?.[1] ?? ''
  return unit.endsWith('@autostart.service') ? 'xdg-autostart' : 'systemd-unit'
}

export interface ProcessRestartDeps {
  readonly plan: RelaunchPlan
  /**
   * app.relaunch. Electron's `App::Relaunch` returns whether the relauncher could be started
   * (shell/browser/api/electron_api_app.cc, `relauncher::RelaunchApp`), though electron.d.ts
   * types it `void`: `false` means nothing will come back, so the kiosk must not quit.
   */
  readonly relaunch: (options: RelaunchOptions) => boolean | undefined
  /** Marks the quit as ours (the window's close guard lets it through), then app.quit(). */
  readonly quit: () => void
  readonly audit: AuditLog
}

export interface ProcessRestart {
  /** Restarts the app; false (and logged) when the restart could not come back. */
  restart(reason: RestartReason): boolean
  /** True once a restart has begun. */
  restarting(): boolean
}

/**
 * The kiosk's only way to restart itself. Never a silent quit: every restart is logged with how
 * it will come back, and one that cannot come back is logged and skipped — the kiosk keeps
 * serving patients (with the memory it has) rather than going dark.
 */
export function createProcessRestart(deps: ProcessRestartDeps): ProcessRestart {
  let started = false
  let skippedLogged = false
  return {
    restart(reason) {
      if (started) return true
      const { plan } = deps
      if (plan.kind === 'impossible') {
        if (!skippedLogged) deps.audit.record('restart-skipped', { reason, why: plan.why })
        skippedLogged = true
        return false
      }
      if (plan.kind === 'relaunch' && deps.relaunch(plan.options) === false) {
        // Logged each time (rare, and each failure is news for IT); the kiosk keeps serving.
        deps.audit.record('restart-skipped', { reason, why: 'relaunch-refused' })
        return false
      }
      started = true
      const via = plan.kind === 'relaunch' ? plan.via : 'supervisor'
      deps.audit.record('app-restart', { reason, via })
      deps.audit.record('app-stop', { reason })
      deps.quit()
      return true
    },
    restarting: () => started,
  }
}

/**
 * `app.relaunch` with the result Electron returns (`App::Relaunch` returns a bool,
 * shell/browser/api/electron_api_app.cc; electron.d.ts says `void`).
 */
export function checkedRelaunch(app: Pick<App, 'relaunch'>): ProcessRestartDeps['relaunch'] {
  const relaunch = app.relaunch.bind(app) as (options: RelaunchOptions) => boolean | undefined
  return (options) => relaunch(options)
}

/**
 * Logs at start what launched the kiosk, so clinic IT can see an XDG autostart entry (nothing
 * restarts the kiosk if it dies) and switch to the shipped systemd unit.
 */
export function recordLauncher(
  audit: AuditLog,
  env: Readonly<Record<string, string | undefined>>,
  readCgroup: () => string,
): Launcher {
  let cgroup = ''
  try {
    cgroup = readCgroup()
  } catch {
    // Not Linux, or no /proc: the environment alone decides.
  }
  const launcher = detectLauncher(env, cgroup)
  audit.record('app-launcher', { launcher, restartedOnCrash: launcher === 'supervisor' })
  return launcher
}
