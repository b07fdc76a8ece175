// @vitest-environment node
import { generateKeyPairSync, sign as signBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile as readFile } from '../../../electron/main/config/regular-file'

import { watchConfigFiles } from '../../../electron/main/config/config-file-watcher'
import { createConfigStore } from '../../../electron/main/config/config-store'
import {
  reloadBetweenPatients,
  watchedConfigPaths,
} from '../../../electron/main/config/live-reload'
import { loadConfig } from '../../../electron/main/config/load-config'
import {
  lockSessionsOnConfigProblems,
  sessionTimingFrom,
} from '../../../electron/main/session/config-lock'
import { createSessionController } from '../../../electron/main/session/session-controller'
import type { SessionTimers } from '../../../shared/session/session-runner'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { withChange } from '../../shared/config/config-fixtures'
import { makePng, sha256Hex } from '../../shared/config/logo-fixtures'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

/** Timers that never fire by themselves: the test decides when the watcher looks. */
const manualTimers: SessionTimers = { set: () => null, clear: () => undefined }

/**
 * The real pieces as index.ts wires them: the loader on a real user-data folder, the store, the
 * session machine (with a wipe that verifies), the config lock, live reload and the watcher.
 */
async function kiosk(options: { signed?: boolean; logo?: Buffer } = {}) {
  const userData = tempDir()
  const file = join(userData, 'kiosk.config.json')
  // With `signed`, a real Ed25519 key is installed and place() writes the file only; sign()
  // then writes its `.sig`, as device management copies the two one after the other.
  const keys = options.signed === true ? generateKeyPairSync('ed25519') : null
  const publicKeyPath = keys === null ? undefined : join(tempDir(), 'config-signing-key.pem')
  const sign = () => {
    if (keys === null) return
    const signature = signBytes(null, readFileSync(file), keys.privateKey)
    writeFileSync(`${file}.sig`, `${signature.toString('base64')}\n`)
  }
  const place = (value: unknown) => writeFileSync(file, JSON.stringify(value, null, 2))
  // With `logo`, the configuration names logo.png beside it, pinned by its sha256.
  const logoFile = join(userData, 'logo.png')
  if (options.logo !== undefined) writeFileSync(logoFile, options.logo)
  place(
    withChange(
      'clinicName',
      'Version A',
      options.logo === undefined
        ? undefined
        : withChange('clinicLogo', { path: 'logo.png', sha256: sha256Hex(options.logo) }),
    ),
  )
  if (keys !== null && publicKeyPath !== undefined) {
    writeFileSync(publicKeyPath, keys.publicKey.export({ type: 'spki', format: 'pem' }))
    sign()
  }
  const audit = createRecordingAuditLog()
  const location = { argv: [], env: {}, cwd: '/', userDataPath: userData }
  const hooks: { afterRead?: () => void } = {}
  const config = createConfigStore({
    audit,
    load: async () => {
      const loaded = await loadConfig({ ...location, readFile, publicKeyPath })
      hooks.afterRead?.()
      return loaded
    },
  })
  await config.reload()
  let id = 0
  const lifecycle = createSessionController({
    timing: sessionTimingFrom(() => config.current()),
    wipe: () =>
      Promise.resolve({
        verified: true,
        steps: [],
        failedSteps: [],
        wipeMs: 1,
        verifyMs: 1,
        oldPartition: 'portal-old',
        newPartition: 'portal-new',
      }),
    audit,
    newSessionId: () => `session-${(id += 1)}`,
    timers: manualTimers,
  })
  lockSessionsOnConfigProblems(lifecycle, config)
  const live = reloadBetweenPatients({
    config,
    phase: () => lifecycle.phase(),
    onSessionChange: (listener) => lifecycle.subscribe(listener),
    audit,
  })
  const watcher = watchConfigFiles({
    paths: watchedConfigPaths(location, publicKeyPath, config),
    timers: manualTimers,
    onChange: () => live.fileChanged(),
  })
  /** One poll by the watcher, then wait for any reload it started. */
  const poll = async () => {
    await watcher.checkNow()
    await live.idle()
  }
  /** A change applies once two polls agree: poll until the files have been seen settled. */
  const look = async () => {
    await poll()
    await poll()
  }
  await poll() // the first poll records what is on disk
  const clinic = () => config.current()?.clinicName ?? null
  return { place, sign, poll, look, clinic, config, lifecycle, audit, live, file, logoFile, hooks }
}

describe('live reload between patients (real file on disk, the session machine)', () => {
  it('applies a changed file at once on the welcome screen', async () => {
    const k = await kiosk()
    k.place(withChange('clinicName', 'Version B'))
    await k.look()
    expect(k.clinic()).toBe('Version B')
    expect(k.lifecycle.phase()).toBe('attract')
    expect(k.audit.events.map((e) => e.event)).toContain('config-change-noticed')
  })

  it('a signed pair copied one file after the other applies once, never as a false error', async () => {
    const k = await kiosk({ signed: true })
    expect(k.clinic()).toBe('Version A')
    const before = k.audit.events.length
    k.place(withChange('clinicName', 'Version B')) // the file first, its old .sig still there
    await k.poll()
    k.sign() // the new .sig lands one poll later
    await k.poll()
    expect(k.clinic()).toBe('Version A') // still changing: nothing applied yet
    await k.poll() // the files stopped changing
    expect(k.clinic()).toBe('Version B')
    expect(k.lifecycle.phase()).toBe('attract')
    const events = k.audit.events.slice(before).map((e) => e.event)
    expect(events.filter((e) => e === 'config-loaded')).toHaveLength(1)
    expect(events).not.toContain('config-invalid')
    await k.poll() // and nothing more to do
    expect(k.audit.events.slice(before).filter((e) => e.event === 'config-loaded')).toHaveLength(1)
  })

  it('never during a session: the change waits for the wipe, then applies', async () => {
    const k = await kiosk()
    k.lifecycle.start('en')
    k.place(withChange('clinicName', 'Version B'))
    await k.look()
    expect(k.lifecycle.phase()).toBe('active')
    expect(k.clinic()).toBe('Version A')
    expect(k.audit.events.at(-1)).toEqual({
      event: 'config-change-noticed',
      fields: { appliesAt: 'after-session' },
    })
    await k.look() // nothing more changed: still waiting, still the old file
    expect(k.clinic()).toBe('Version A')

    await k.lifecycle.end('patient-done')
    await k.live.idle()
    expect(k.clinic()).toBe('Version B')
    expect(k.lifecycle.phase()).toBe('attract')
    const order = k.audit.events.map((e) => e.event)
    expect(order.lastIndexOf('config-loaded')).toBeGreaterThan(order.indexOf('wipe-finished'))
  })

  it('a broken new file placed during a session lets the session finish, then locks with its problems', async () => {
    const k = await kiosk()
    k.lifecycle.start('es')
    k.place(withChange('timing.idleSeconds', 5))
    await k.look()
    expect(k.lifecycle.phase()).toBe('active')

    await k.lifecycle.end('idle-timeout')
    await k.live.idle()
    expect(k.lifecycle.phase()).toBe('config-error')
    expect(k.config.status().problems).toEqual([
      { path: 'timing.idleSeconds', message: expect.stringMatching(/at least 30/) as unknown },
    ])
    expect(k.clinic()).toBeNull() // no silent fallback to Version A

    // IT fixes the file: the next look unlocks the kiosk.
    k.place(withChange('clinicName', 'Version C'))
    await k.look()
    expect(k.lifecycle.phase()).toBe('attract')
    expect(k.clinic()).toBe('Version C')
  })

  it('a file that is not JSON at all locks the kiosk from the welcome screen', async () => {
    const k = await kiosk()
    writeFileSync(k.file, '{ "clinicName": ')
    await k.look()
    expect(k.lifecycle.phase()).toBe('config-error')
    expect(k.config.status().problems[0]?.path).toBe('(file)')
  })

  it('a patient who starts while the file is being read keeps the old file until they finish', async () => {
    const k = await kiosk()
    k.place(withChange('clinicName', 'Version B'))
    // The tap arrives after the loader has read the new file, before it is put in force.
    k.hooks.afterRead = () => {
      k.hooks.afterRead = undefined
      expect(k.lifecycle.phase()).toBe('attract')
      k.lifecycle.start('en')
    }
    await k.look()
    expect(k.lifecycle.phase()).toBe('active')
    expect(k.clinic()).toBe('Version A')
    await k.lifecycle.end('patient-done')
    await k.live.idle()
    expect(k.clinic()).toBe('Version B')
  })

  it('an unchanged file is not reloaded', async () => {
    const k = await kiosk()
    const loads = () => k.audit.events.filter((e) => e.event === 'config-loaded').length
    const before = loads()
    k.place(withChange('clinicName', 'Version A')) // the same bytes, written again
    await k.look()
    expect(loads()).toBe(before)
  })
})

describe('the clinic logo is watched with the configuration', () => {
  const logo = makePng(300, 100)

  it('a logo replaced without its new sha256 locks the kiosk now, not at the next restart; the right image back unlocks', async () => {
    const k = await kiosk({ logo })
    expect(k.config.logo()).not.toBeNull()
    writeFileSync(k.logoFile, makePng(300, 100, [200, 0, 0]))
    await k.look()
    expect(k.lifecycle.phase()).toBe('config-error')
    expect(k.config.status().problems.map((problem) => problem.path)).toEqual(['clinicLogo.sha256'])

    writeFileSync(k.logoFile, logo) // IT puts the pinned image back
    await k.look()
    expect(k.lifecycle.phase()).toBe('attract')
    expect(k.config.logo()).not.toBeNull()
  })

  it('a configuration that starts naming a logo is watched from then on, without a second reload', async () => {
    const k = await kiosk()
    const folder = dirname(k.file)
    writeFileSync(join(folder, 'logo.png'), logo)
    k.place(withChange('clinicLogo', { path: 'logo.png', sha256: sha256Hex(logo) }))
    await k.look()
    expect(k.config.logoPath()).toBe(k.logoFile)
    const loads = () => k.audit.events.filter((e) => e.event === 'config-loaded').length
    const before = loads()
    await k.look() // the logo joins the watched files: a new baseline, not a change
    expect(loads()).toBe(before)
    writeFileSync(k.logoFile, makePng(10, 10))
    await k.look()
    expect(k.lifecycle.phase()).toBe('config-error')
  })
})

describe('what is watched', () => {
  const noLogo = { logoPath: () => null }
  it('the file the loader reads, its signature and the signing key', () => {
    expect(
      watchedConfigPaths(
        { argv: ['--config', '/etc/k.json'], env: {}, cwd: '/', userDataPath: '/u' },
        '/etc/key.pem',
        noLogo,
      )(),
    ).toEqual(['/etc/k.json', '/etc/k.json.sig', '/etc/key.pem'])
    expect(
      watchedConfigPaths({ argv: [], env: {}, cwd: '/', userDataPath: '/u' }, undefined, noLogo)(),
    ).toEqual(['/u/kiosk.config.json', '/u/kiosk.config.json.sig'])
  })

  it('and the logo the configuration last read names, as it changes', () => {
    let logoPath: string | null = '/u/logo.png'
    const paths = watchedConfigPaths(
      { argv: [], env: {}, cwd: '/', userDataPath: '/u' },
      undefined,
      {
        logoPath: () => logoPath,
      },
    )
    expect(paths()).toEqual(['/u/kiosk.config.json', '/u/kiosk.config.json.sig', '/u/logo.png'])
    logoPath = null
    expect(paths()).toEqual(['/u/kiosk.config.json', '/u/kiosk.config.json.sig'])
  })
})
