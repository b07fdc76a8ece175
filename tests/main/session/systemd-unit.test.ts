// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { detectLauncher, planRelaunch } from '../../../electron/main/session/process-restart'

const unitText = readFileSync(
  resolve(import.meta.dirname, '../../../deploy/systemd/portal-kiosk.service'),
  'utf8',
)

/** `Key=value` settings of one section of a unit file (systemd.syntax(7): `#` comments). */
function section(name: string): Map<string, string[]> {
  const settings = new Map<string, string[]>()
  let current = ''
  for (const raw of unitText.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(line)
    if (header !== null) {
      current = header[1] ?? ''
      continue
    }
    if (current !== name) continue
    const at = line.indexOf('=')
    const key = line.slice(0, at)
    settings.set(key, [...(settings.get(key) ?? []), line.slice(at + 1)])
  }
  return settings
}

describe('the shipped systemd user unit', () => {
  const service = section('Service')

  it('restarts the kiosk whenever it exits, and never stops trying', () => {
    expect(service.get('Restart')).toEqual(['always'])
    expect(section('Unit').get('StartLimitIntervalSec')).toEqual(['0'])
  })

  it('marks the kiosk as supervised, so a planned restart only exits', () => {
    const env: Record<string, string> = { INVOCATION_ID: 'from-systemd' }
    for (const assignment of service.get('Environment') ?? []) {
      const [key, value] = assignment.split('=')
      if (key !== undefined && value !== undefined) env[key] = value
    }
    expect(planRelaunch({ env, execPath: '/opt/Portal Kiosk/portal-kiosk', argv: [] })).toEqual({
      kind: 'exit-for-supervisor',
    })
    expect(detectLauncher(env, '0::/user.slice/app.slice/portal-kiosk.service\n')).toBe(
      'supervisor',
    )
  })

  it('starts the installed .deb executable (quoted: the folder name has a space)', () => {
    expect(service.get('ExecStart')?.[0]).toMatch(/^"\/opt\/Portal Kiosk\/portal-kiosk"( |$)/)
  })

  it('ends the whole process tree on stop and runs in the graphical session', () => {
    expect(service.get('KillMode')).toEqual(['control-group'])
    expect(section('Install').get('WantedBy')).toEqual(['graphical-session.target'])
  })
})
