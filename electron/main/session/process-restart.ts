import type { RelaunchOptions } from 'electron'

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
 * - Under a supervisor (systemd sets INVOCATION_ID for every unit it starts, systemd.exec(5);
 *   Shell Launcher users set PORTAL_KIOSK_SUPERVISED=1) we only exit: relaunching as well would
 *   race the supervisor's own restart for the single-instance lock.
 * - Inside an AppImage, `app.relaunch()` would re-run `process.execPath`, a path inside the
 *   AppImage's temporary mount that disappears when we exit (electron-userland/electron-builder
 *   #1727, #4650): relaunch the AppImage file itself, `$APPIMAGE`, with our arguments.
 * - Elsewhere (the .deb, the Windows install) the current executable and arguments.
 */
export function planRelaunch({ env, execPath, argv }: RelaunchEnvironment): RelaunchPlan {
  if (nonEmpty(env['INVOCATION_ID']) || env['PORTAL_KIOSK_SUPERVISED'] === '1')
    return { kind: 'exit-for-supervisor' }
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

export interface ProcessRestartDeps {
  readonly plan: RelaunchPlan
  /** app.relaunch */
  readonly relaunch: (options: RelaunchOptions) => void
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
      started = true
      const via = plan.kind === 'relaunch' ? plan.via : 'supervisor'
      deps.audit.record('app-restart', { reason, via })
      deps.audit.record('app-stop', { reason })
      if (plan.kind === 'relaunch') deps.relaunch(plan.options)
      deps.quit()
      return true
    },
    restarting: () => started,
  }
}
