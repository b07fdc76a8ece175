// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readRegularFile as readFile } from '../../../electron/main/config/regular-file'

import { loadConfig } from '../../../electron/main/config/load-config'
import { samplePinHash, validConfigJson, withChange } from '../../shared/config/config-fixtures'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

type Problem = { path: string; message: string }

/** How a malformed file is put on disk: its bytes, or a folder in its place. */
type FileSpec = string | Uint8Array | object | { folder: true }

const json = (value: unknown) => JSON.stringify(value, null, 2)

const cases: [string, FileSpec, Problem[]][] = [
  ['an empty file', '', [{ path: '(file)', message: 'is empty' }]],
  ['only blank lines', '\n  \n', [{ path: '(file)', message: 'is empty' }]],
  [
    'a folder instead of a file',
    { folder: true },
    [{ path: '(file)', message: 'is a folder, not a file' }],
  ],
  [
    'a file cut off in the middle',
    json(validConfigJson()).slice(0, 200),
    [{ path: '(file)', message: 'is not valid JSON (it ends too early: something is not closed)' }],
  ],
  [
    'a trailing comma',
    '{\n  "clinicName": "North Clinic",\n}',
    [{ path: '(file)', message: 'is not valid JSON (line 3, column 1)' }],
  ],
  [
    'single quotes',
    "{\n  'clinicName': 'North Clinic'\n}",
    [{ path: '(file)', message: 'is not valid JSON (line 2, column 3)' }],
  ],
  [
    'a missing comma',
    '{\n  "clinicName": "North Clinic"\n  "portals": []\n}',
    [{ path: '(file)', message: 'is not valid JSON (line 3, column 3)' }],
  ],
  [
    'text saved in Latin-1 instead of UTF-8',
    Uint8Array.from([...Buffer.from('{"clinicName": "Cl'), 0xed, ...Buffer.from('nica"}')]),
    [{ path: '(file)', message: 'is not UTF-8 text (save it as UTF-8)' }],
  ],
  [
    'a file over 1 MiB',
    `{"clinicName": "${'x'.repeat(1024 * 1024)}"}`,
    [{ path: '(file)', message: 'is larger than 1 MiB: this is not a kiosk configuration file' }],
  ],
  [
    'settings written twice (at the top, inside an object, inside an array of objects)',
    json(validConfigJson())
      .replace('"timing": {', '"timing": {\n    "idleSeconds": 5,')
      .replace('"clinicName":', '"clinicName": "Elsewhere",\n  "clinicName":')
      .replace('"id": "mayo-clinic-health-system"', '"id": "x", "id": "mayo-clinic-health-system"'),
    [
      {
        path: 'clinicName',
        message: expect.stringMatching(
          /^is written more than once in the same object \(again on line 3\): the kiosk would use the last one, a reader sees the first; keep one$/,
        ) as unknown as string,
      },
      {
        path: 'timing.idleSeconds',
        message: expect.stringMatching(/^is written more than once/) as unknown as string,
      },
      {
        path: 'portals.1.id',
        message: expect.stringMatching(/^is written more than once/) as unknown as string,
      },
    ],
  ],
  ['JSON null', 'null', [{ path: '(file)', message: 'must be an object { ... }' }]],
  [
    'an http portal address',
    withChange(
      'portals.1.signUpUrl',
      'http://www.mayoclinichealthsystem.org/patient-online-services',
    ),
    [
      {
        path: 'portals.1.signUpUrl',
        message: 'must be an absolute https:// address without a user name or password',
      },
    ],
  ],
  [
    'duplicate portal ids',
    withChange('portals.1.id', 'mayo-clinic'),
    [{ path: 'portals.1.id', message: 'duplicate portal id "mayo-clinic"' }],
  ],
  [
    'an unknown language code',
    withChange('languages.default', 'de'),
    [
      {
        path: 'languages.default',
        message: 'is not a supported language (supported: en, es, so, hmn, ar)',
      },
    ],
  ],
  [
    'a missing translation',
    withChange('support.hours.es', undefined),
    [{ path: 'support.hours.es', message: 'text for "es" is missing' }],
  ],
  [
    'a sign-up address outside the allowlist',
    withChange('portals.0.signUpUrl', 'https://mymayoclinichealth.net/signup'),
    [
      {
        path: 'portals.0.signUpUrl',
        message: 'origin https://mymayoclinichealth.net is not in allowedOrigins',
      },
    ],
  ],
  [
    'weak timings',
    withChange('timing', { idleSeconds: 15, warningSeconds: 10 }),
    [
      { path: 'timing.idleSeconds', message: 'must be at least 30' },
      { path: 'timing.warningSeconds', message: 'must be at least 20' },
    ],
  ],
  [
    'an unknown key',
    withChange('portals.0.signupUrl', 'https://onlineservices.mayoclinic.org/'),
    [{ path: 'portals.0.signupUrl', message: 'is not a known setting (check the spelling)' }],
  ],
  [
    'a PIN hash of the wrong shape',
    withChange('staff.pinHash', { ...samplePinHash, keyLength: 32 }),
    [{ path: 'staff.pinHash.hash', message: 'must be 32 bytes long (keyLength), found 64' }],
  ],
  [
    'a PIN hash missing its salt',
    withChange('staff.pinHash', { ...samplePinHash, salt: undefined }),
    [{ path: 'staff.pinHash.salt', message: 'is required' }],
  ],
]

function put(dir: string, spec: FileSpec): string {
  const path = join(dir, 'kiosk.config.json')
  if (typeof spec === 'object' && 'folder' in spec) mkdirSync(path)
  else if (typeof spec === 'string' || spec instanceof Uint8Array) writeFileSync(path, spec)
  else writeFileSync(path, json(spec))
  return path
}

describe('a malformed configuration file locks the kiosk with precise problems', () => {
  it('covers at least 15 kinds of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it.each(cases)('%s', async (_name, spec, problems) => {
    const userData = tempDir()
    const path = put(userData, spec)
    const result = await loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
    })
    expect(result.ok).toBe(false)
    expect(result.source).toEqual({ kind: 'user-data', path })
    if (!result.ok) expect(result.problems).toEqual(problems)
  })

  it('reports a named file that does not exist, instead of using the default', async () => {
    const missing = join(tempDir(), 'nowhere.json')
    for (const named of [
      { argv: ['--config', missing], env: {} },
      { argv: [], env: { PORTAL_KIOSK_CONFIG: missing } },
    ]) {
      const result = await loadConfig({ ...named, cwd: '/', userDataPath: tempDir(), readFile })
      expect(result).toEqual({
        ok: false,
        source: { kind: named.argv.length > 0 ? 'argument' : 'environment', path: missing },
        problems: [{ path: '(file)', message: 'does not exist' }],
      })
    }
  })

  it('reports --config without a path', async () => {
    const result = await loadConfig({
      argv: ['--config'],
      env: {},
      cwd: '/',
      userDataPath: tempDir(),
      readFile,
    })
    expect(result).toEqual({
      ok: false,
      source: { kind: 'argument' },
      problems: [{ path: '--config', message: 'needs a file path: --config <path>' }],
    })
  })

  it('reports a file the kiosk account may not read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    const result = await loadConfig({
      argv: ['--config', '/etc/kiosk/kiosk.config.json'],
      env: {},
      cwd: '/',
      userDataPath: tempDir(),
      readFile: () => Promise.reject(denied),
    })
    expect(result).toEqual({
      ok: false,
      source: { kind: 'argument', path: '/etc/kiosk/kiosk.config.json' },
      problems: [
        {
          path: '(file)',
          message: 'cannot be read: permission denied (the kiosk account needs read access)',
        },
      ],
    })
  })

  it('accepts a UTF-8 byte-order mark (Windows Notepad)', async () => {
    const userData = tempDir()
    put(userData, `\uFEFF${json(validConfigJson())}`)
    const result = await loadConfig({
      argv: [],
      env: {},
      cwd: '/',
      userDataPath: userData,
      readFile,
    })
    expect(result.ok).toBe(true)
  })
})
