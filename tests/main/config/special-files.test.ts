// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkConfigFile } from '../../../electron/main/config/check-config-file'
import { loadConfig } from '../../../electron/main/config/load-config'
import { readRegularFile } from '../../../electron/main/config/regular-file'
import { withChange } from '../../shared/config/config-fixtures'
import { makePng, sha256Hex } from '../../shared/config/logo-fixtures'
import { useTempDirs } from './temp-dir'

/**
 * Every file the kiosk takes from IT, replaced by each kind of thing that is not a small regular
 * file. Each case must end (with the problem the locked screen and check-config show) well within
 * the bound: a pipe opened without O_NONBLOCK, or a device read to its end, never ends at all.
 */
const tempDir = useTempDirs()
const HANG_BOUND_MS = 5_000
const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolvePromise(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path])
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`)
}

/** A signed kiosk: configuration (naming a logo), its .sig, the installed key, the logo. */
function signedKiosk() {
  const userData = tempDir()
  const png = makePng(300, 100)
  const logoPath = join(userData, 'logo.png')
  writeFileSync(logoPath, png)
  const configPath = join(userData, 'kiosk.config.json')
  const bytes = Buffer.from(
    JSON.stringify(withChange('clinicLogo', { path: 'logo.png', sha256: sha256Hex(png) })),
  )
  writeFileSync(configPath, bytes)
  const pair = generateKeyPairSync('ed25519')
  writeFileSync(`${configPath}.sig`, sign(null, bytes, pair.privateKey).toString('base64'))
  const publicKeyPath = join(tempDir(), 'config-signing-key.pem')
  writeFileSync(publicKeyPath, pair.publicKey.export({ type: 'spki', format: 'pem' }))
  const paths = {
    config: configPath,
    signature: `${configPath}.sig`,
    key: publicKeyPath,
    logo: logoPath,
  }
  const load = () =>
    loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile: readRegularFile,
      publicKeyPath,
    })
  const check = () =>
    checkConfigFile(configPath, { readFile: readRegularFile, publicKeyPath, keyGiven: false })
  return { paths, load, check }
}

type Target = 'config' | 'signature' | 'key' | 'logo'
type Kind =
  | 'regular file'
  | 'FIFO'
  | 'device (/dev/zero)'
  | 'device (/dev/urandom)'
  | 'folder'
  | 'symlink to a regular file'
  | 'symlink to a FIFO'
  | 'symlink loop'
  | 'oversized file'

const limits: Record<Target, number> = {
  config: 1024 * 1024,
  signature: 1024,
  key: 4096,
  logo: 256 * 1024,
}

/** Puts `kind` where the target file was. */
function place(kind: Kind, path: string, target: Target): void {
  if (kind === 'regular file') return
  if (kind === 'symlink to a regular file') {
    const real = join(tempDir(), 'real-file')
    renameSync(path, real)
    symlinkSync(real, path)
    return
  }
  rmSync(path)
  switch (kind) {
    case 'FIFO':
      return mkfifo(path)
    case 'device (/dev/zero)':
      return symlinkSync('/dev/zero', path)
    case 'device (/dev/urandom)':
      return symlinkSync('/dev/urandom', path)
    case 'folder':
      return mkdirSync(path)
    case 'symlink to a FIFO': {
      const fifo = join(tempDir(), 'pipe')
      mkfifo(fifo)
      return symlinkSync(fifo, path)
    }
    case 'symlink loop':
      return symlinkSync(path, path)
    case 'oversized file':
      return writeFileSync(path, Buffer.alloc(limits[target] + 1, 0x20))
  }
}

/** What the file is, as the problem says it (null: the kiosk loads). */
const said: Record<Kind, ((target: Target) => string) | null> = {
  'regular file': null,
  'symlink to a regular file': null,
  FIFO: () => 'is a named pipe (FIFO), not a regular file: it was not opened',
  'symlink to a FIFO': () => 'is a named pipe (FIFO), not a regular file: it was not opened',
  'device (/dev/zero)': () => 'is a device, not a regular file: it was not opened',
  'device (/dev/urandom)': () => 'is a device, not a regular file: it was not opened',
  folder: () => 'is a folder, not a file',
  'symlink loop': () => 'cannot be read (ELOOP)',
  'oversized file': (target) =>
    ({
      config: 'is larger than 1 MiB: this is not a kiosk configuration file',
      signature: 'is larger than 1 KiB',
      key: 'is larger than 4 KiB',
      logo: 'is larger than 256 KiB: save it smaller (a logo needs far less)',
    })[target],
}

/** The whole problem for `target`, as the locked screen lists it. */
function expectedProblem(target: Target, path: string, text: string) {
  switch (target) {
    case 'config':
      return { path: '(file)', message: text }
    case 'signature':
      return { path: '(signature)', message: `${path} ${text}` }
    case 'key':
      return { path: '(signature)', message: `the signing key ${path} ${text}` }
    case 'logo':
      return { path: 'clinicLogo.path', message: `names ${path}, which ${text}` }
  }
}

const targets: Target[] = ['config', 'signature', 'key', 'logo']
const kinds = Object.keys(said) as Kind[]
const cases = targets.flatMap((target) => kinds.map((kind) => [target, kind] as const))

describe.skipIf(!canMakeFifo)('files that are not small regular files are refused at once', () => {
  it.each(cases)('%s: %s', async (target, kind) => {
    const k = signedKiosk()
    const path = k.paths[target]
    place(kind, path, target)
    const started = performance.now()
    const loaded = await within(HANG_BOUND_MS, k.load())
    const checked = await within(HANG_BOUND_MS, k.check())
    expect(performance.now() - started).toBeLessThan(HANG_BOUND_MS)
    const text = said[kind]?.(target) ?? null
    if (text === null) {
      expect(loaded.ok).toBe(true)
      expect(checked.problems).toEqual([])
      expect(checked.signature.state).toBe('verified')
      return
    }
    const problem = expectedProblem(target, path, text)
    expect(loaded.ok ? [] : loaded.problems).toEqual([problem])
    // check-config answers with the kiosk's own words.
    expect(checked.problems).toEqual([problem])
  })

  it('a device named directly (no link) is refused too', async () => {
    const k = signedKiosk()
    const viaArgument = await within(
      HANG_BOUND_MS,
      loadConfig({
        argv: ['--config', '/dev/zero'],
        env: {},
        cwd: '/',
        userDataPath: tempDir(),
        readFile: readRegularFile,
      }),
    )
    expect(!viaArgument.ok && viaArgument.problems).toEqual([
      { path: '(file)', message: 'is a device, not a regular file: it was not opened' },
    ])
    const key = await within(
      HANG_BOUND_MS,
      checkConfigFile(k.paths.config, {
        readFile: readRegularFile,
        publicKeyPath: '/dev/urandom',
        keyGiven: true,
      }),
    )
    expect(key.problems).toEqual([
      {
        path: '(signature)',
        message: 'the signing key /dev/urandom is a device, not a regular file: it was not opened',
      },
    ])
  })
})

describe.skipIf(!canMakeFifo)('npm run check-config on a named pipe', () => {
  it('reports it and exits 1 without waiting for a writer', () => {
    const dir = tempDir()
    const fifo = join(dir, 'kiosk.config.json')
    mkfifo(fifo)
    const script = resolve(import.meta.dirname, '../../../scripts/check-config.mjs')
    const result = spawnSync(process.execPath, [script, fifo], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.signal).toBeNull()
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '(file) is a named pipe (FIFO), not a regular file: it was not opened',
    )
  }, 70_000)
})
