// @vitest-environment node
import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'

import {
  checkedRelaunch,
  createProcessRestart,
  detectLauncher,
  planRelaunch,
  recordLauncher,
  type RelaunchPlan,
} from '../../../electron/main/session/process-restart'
import { asElectron } from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'

const argv = ['/opt/Portal Kiosk/portal-kiosk', '--config=/etc/kiosk.json']

describe('planRelaunch', () => {
  it('relaunches the AppImage file itself, with our arguments, never the temporary mount', () => {
    expect(
      planRelaunch({
        env: { APPIMAGE: '/opt/kiosk/Portal-Kiosk.AppImage' },
        execPath: '/tmp/.mount_PortalAbC/portal-kiosk',
        argv: ['/tmp/.mount_PortalAbC/portal-kiosk', '--config=/etc/kiosk.json'],
      }),
    ).toEqual({
      kind: 'relaunch',
      via: 'appimage',
      options: { execPath: '/opt/kiosk/Portal-Kiosk.AppImage', args: ['--config=/etc/kiosk.json'] },
    })
  })

  it('relaunches the current executable elsewhere (the .deb, Windows)', () => {
    expect(planRelaunch({ env: {}, execPath: argv[0] ?? '', argv })).toEqual({
      kind: 'relaunch',
      via: 'executable',
      options: { args: ['--config=/etc/kiosk.json'] },
    })
  })

  it('cannot relaunch from an AppImage mount without $APPIMAGE', () => {
    expect(
      planRelaunch({ env: {}, execPath: '/tmp/.mount_PortalAbC/portal-kiosk', argv: [] }),
    ).toEqual({ kind: 'impossible', why: 'appimage-path-missing' })
  })

  it('only exits under a supervisor that says so (our unit sets PORTAL_KIOSK_SUPERVISED=1)', () => {
    expect(
      planRelaunch({
        env: { INVOCATION_ID: 'abc123', PORTAL_KIOSK_SUPERVISED: '1' },
        execPath: argv[0] ?? '',
        argv,
      }),
    ).toEqual({ kind: 'exit-for-supervisor' })
  })

  it('INVOCATION_ID alone is not supervision: an XDG autostart unit relaunches itself', () => {
    expect(
      planRelaunch({ env: { INVOCATION_ID: 'abc123' }, execPath: argv[0] ?? '', argv }),
    ).toEqual({
      kind: 'relaunch',
      via: 'executable',
      options: { args: ['--config=/etc/kiosk.json'] },
    })
  })
})

describe('detectLauncher', () => {
  const autostart =
    '0::/user.slice/user-1000.slice/user@1000.service/app.slice/app-portal\\x2dkiosk@autostart.service\n'
  it('tells an XDG autostart unit from our supervised unit and from other units', () => {
    expect(detectLauncher({ INVOCATION_ID: 'a' }, autostart)).toBe('xdg-autostart')
    expect(
      detectLauncher(
        { INVOCATION_ID: 'a', PORTAL_KIOSK_SUPERVISED: '1' },
        '0::/user.slice/user-1000.slice/user@1000.service/app.slice/portal-kiosk.service\n',
      ),
    ).toBe('supervisor')
    expect(
      detectLauncher(
        { INVOCATION_ID: 'a' },
        '0::/user.slice/user-1000.slice/user@1000.service/app.slice/kiosk.service\n',
      ),
    ).toBe('systemd-unit')
    expect(detectLauncher({}, '')).toBe('unsupervised')
  })
})

function restarter(plan: RelaunchPlan) {
  const audit = createRecordingAuditLog()
  const relaunch = vi.fn()
  const quit = vi.fn()
  return { restart: createProcessRestart({ plan, relaunch, quit, audit }), audit, relaunch, quit }
}

describe('createProcessRestart', () => {
  it('logs how it comes back, relaunches, then quits — once', () => {
    const { restart, audit, relaunch, quit } = restarter(
      planRelaunch({ env: { APPIMAGE: '/opt/k.AppImage' }, execPath: '/tmp/.mount_x/k', argv }),
    )
    expect(restart.restart('session-limit')).toBe(true)
    expect(restart.restart('daily-restart')).toBe(true)
    expect(relaunch).toHaveBeenCalledTimes(1)
    expect(relaunch).toHaveBeenCalledWith({ execPath: '/opt/k.AppImage', args: argv.slice(1) })
    expect(quit).toHaveBeenCalledTimes(1)
    expect(restart.restarting()).toBe(true)
    expect(audit.events).toEqual([
      { event: 'app-restart', fields: { reason: 'session-limit', via: 'appimage' } },
      { event: 'app-stop', fields: { reason: 'session-limit' } },
    ])
  })

  it('under a supervisor, quits without relaunching', () => {
    const { restart, relaunch, quit, audit } = restarter({ kind: 'exit-for-supervisor' })
    restart.restart('daily-restart')
    expect(relaunch).not.toHaveBeenCalled()
    expect(quit).toHaveBeenCalledTimes(1)
    expect(audit.events[0]).toEqual({
      event: 'app-restart',
      fields: { reason: 'daily-restart', via: 'supervisor' },
    })
  })

  it('checks relaunch(): when Electron cannot start the relauncher, no quit, logged', () => {
    const audit = createRecordingAuditLog()
    const quit = vi.fn()
    const restart = createProcessRestart({
      plan: planRelaunch({ env: {}, execPath: argv[0] ?? '', argv }),
      relaunch: () => false,
      quit,
      audit,
    })
    expect(restart.restart('session-limit')).toBe(false)
    expect(quit).not.toHaveBeenCalled()
    expect(restart.restarting()).toBe(false)
    expect(audit.events).toEqual([
      { event: 'restart-skipped', fields: { reason: 'session-limit', why: 'relaunch-refused' } },
    ])
  })

  it('never quits silently when it could not come back: logged once, the kiosk keeps running', () => {
    const { restart, relaunch, quit, audit } = restarter({
      kind: 'impossible',
      why: 'appimage-path-missing',
    })
    expect(restart.restart('daily-restart')).toBe(false)
    expect(restart.restart('daily-restart')).toBe(false)
    expect(relaunch).not.toHaveBeenCalled()
    expect(quit).not.toHaveBeenCalled()
    expect(restart.restarting()).toBe(false)
    expect(audit.events).toEqual([
      {
        event: 'restart-skipped',
        fields: { reason: 'daily-restart', why: 'appimage-path-missing' },
      },
    ])
  })
})

describe('recordLauncher and checkedRelaunch', () => {
  it('logs an XDG autostart start as not restarted on a crash', () => {
    const audit = createRecordingAuditLog()
    const launcher = recordLauncher(
      audit,
      { INVOCATION_ID: 'x' },
      () => '0::/user.slice/user@1000.service/app.slice/app-kiosk@autostart.service\n',
    )
    expect(launcher).toBe('xdg-autostart')
    expect(audit.events).toEqual([
      { event: 'app-launcher', fields: { launcher: 'xdg-autostart', restartedOnCrash: false } },
    ])
  })

  it('without /proc the environment decides', () => {
    const audit = createRecordingAuditLog()
    const launcher = recordLauncher(audit, { PORTAL_KIOSK_SUPERVISED: '1' }, () => {
      throw new Error('ENOENT')
    })
    expect(launcher).toBe('supervisor')
  })

  it('passes on what app.relaunch returns', () => {
    const app = { relaunch: vi.fn(() => false) }
    expect(checkedRelaunch(asElectron<Pick<App, 'relaunch'>>(app))({ args: [] })).toBe(false)
    expect(app.relaunch).toHaveBeenCalledWith({ args: [] })
  })
})
