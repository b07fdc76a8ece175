// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile } from '../../../electron/main/config/regular-file'

import { configArgument } from '../../../electron/main/config/config-source'
import { loadConfig, type LoadConfigDeps } from '../../../electron/main/config/load-config'
import { defaultConfig } from '../../../shared/config/default-config'
import { validConfigJson, withChange } from '../../shared/config/config-fixtures'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

function write(dir: string, name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

function deps(overrides: Partial<LoadConfigDeps> & { userDataPath: string }): LoadConfigDeps {
  return { argv: [], env: {}, cwd: '/', readFile: readRegularFile, ...overrides }
}

const clinic = (name: string) => withChange('clinicName', name)

describe('where the configuration comes from', () => {
  it('uses the embedded default when no file exists anywhere', async () => {
    const result = await loadConfig(deps({ userDataPath: tempDir() }))
    expect(result).toEqual({ ok: true, config: defaultConfig, source: { kind: 'embedded' } })
  })

  it('reads <userData>/kiosk.config.json and reports its SHA-256', async () => {
    const userData = tempDir()
    const path = write(userData, 'kiosk.config.json', clinic('User Data Clinic'))
    const result = await loadConfig(deps({ userDataPath: userData }))
    expect(result.ok && result.config.clinicName).toBe('User Data Clinic')
    expect(result.source).toEqual({ kind: 'user-data', path })
    const bytes = await readFile(path)
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('prefers $PORTAL_KIOSK_CONFIG over the user-data file', async () => {
    const userData = tempDir()
    write(userData, 'kiosk.config.json', clinic('User Data Clinic'))
    const envPath = write(tempDir(), 'env.json', clinic('Env Clinic'))
    const result = await loadConfig(
      deps({ userDataPath: userData, env: { PORTAL_KIOSK_CONFIG: envPath } }),
    )
    expect(result.ok && result.config.clinicName).toBe('Env Clinic')
    expect(result.source).toEqual({ kind: 'environment', path: envPath })
  })

  it.each([
    ['--config <path>', (path: string) => ['electron', '.', '--config', path]],
    ['--config=<path>', (path: string) => ['electron', '.', `--config=${path}`]],
  ])('prefers %s over the environment and user data', async (_form, argv) => {
    const userData = tempDir()
    write(userData, 'kiosk.config.json', clinic('User Data Clinic'))
    const other = tempDir()
    const envPath = write(other, 'env.json', clinic('Env Clinic'))
    const argPath = write(other, 'arg.json', clinic('Argument Clinic'))
    const result = await loadConfig(
      deps({ userDataPath: userData, env: { PORTAL_KIOSK_CONFIG: envPath }, argv: argv(argPath) }),
    )
    expect(result.ok && result.config.clinicName).toBe('Argument Clinic')
    expect(result.source).toEqual({ kind: 'argument', path: argPath })
  })

  it('resolves a relative --config path against the working directory', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'etc'))
    const path = write(join(dir, 'etc'), 'kiosk.json', clinic('Relative Clinic'))
    const result = await loadConfig(
      deps({ userDataPath: tempDir(), cwd: dir, argv: ['--config', 'etc/kiosk.json'] }),
    )
    expect(result.source).toEqual({ kind: 'argument', path })
    expect(result.ok).toBe(true)
  })

  it('treats an empty environment variable as not set', async () => {
    const result = await loadConfig(
      deps({ userDataPath: tempDir(), env: { PORTAL_KIOSK_CONFIG: '  ' } }),
    )
    expect(result.source).toEqual({ kind: 'embedded' })
  })

  it('never falls back to the default when a named file is broken, even if others are fine', async () => {
    const userData = tempDir()
    write(userData, 'kiosk.config.json', validConfigJson())
    const broken = write(tempDir(), 'broken.json', withChange('timing.idleSeconds', 5))
    const result = await loadConfig(deps({ userDataPath: userData, argv: ['--config', broken] }))
    expect(result).toMatchObject({
      ok: false,
      source: { kind: 'argument', path: broken },
      problems: [{ path: 'timing.idleSeconds', message: 'must be at least 30' }],
    })
  })
})

describe('configArgument', () => {
  it.each([
    [['--config', '/a.json'], '/a.json'],
    [['--config=/b.json'], '/b.json'],
    [['--config'], 'missing-value'],
    [['--config', '--dev'], 'missing-value'],
    [['--config='], 'missing-value'],
    [['--dev'], null],
    [['--configure', 'x'], null],
  ])('%j → %j', (argv, expected) => {
    expect(configArgument(argv)).toBe(expected)
  })
})
