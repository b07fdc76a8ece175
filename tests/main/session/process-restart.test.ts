// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

import {
  createProcessRestart,
  planRelaunch,
  type RelaunchPlan,
} from '../../../electron/main/session/process-restart'
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

  it('only exits under a supervisor, which starts the kiosk again', () => {
    for (const env of [{ INVOCATION_ID: 'abc123' }, { PORTAL_KIOSK_SUPERVISED: '1' }]) {
      expect(planRelaunch({ env, execPath: argv[0] ?? '', argv })).toEqual({
        kind: 'exit-for-supervisor',
      })
    }
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
