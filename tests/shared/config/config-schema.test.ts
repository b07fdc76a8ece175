import { describe, expect, it } from 'vitest'

import { parseConfig } from '../../../shared/config/default-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { samplePinHash, validConfigJson, withChange, type JsonObject } from './config-fixtures'

const secondPortal = () => validConfigJson()['portals'] as JsonObject[]

/** Each row breaks one thing and names the exact problem(s) staff will see. */
const cases: [string, unknown, { path: string; message: string }[]][] = [
  ['not an object', ['a list'], [{ path: '(file)', message: 'must be an object { ... }' }]],
  [
    'an http sign-up address',
    withChange('portals.0.signUpUrl', 'http://onlineservices.mayoclinic.org/patientportal'),
    [
      {
        path: 'portals.0.signUpUrl',
        message: 'must be an absolute https:// address without a user name or password',
      },
    ],
  ],
  [
    'credentials in an address',
    withChange('portals.1.signInUrl', 'https://www.mayoclinichealthsystem.org@evil.example/'),
    [
      {
        path: 'portals.1.signInUrl',
        message: 'must be an absolute https:// address without a user name or password',
      },
    ],
  ],
  [
    'an origin that does not parse',
    withChange('portals.0.allowedOrigins', ['onlineservices.mayoclinic.org']),
    [
      {
        path: 'portals.0.allowedOrigins.0',
        message:
          'must be an https origin such as https://portal.example.org (no path, no trailing slash)',
      },
    ],
  ],
  [
    'an origin with a path',
    withChange('portals.0.allowedOrigins', ['https://onlineservices.mayoclinic.org/patientportal']),
    [
      {
        path: 'portals.0.allowedOrigins.0',
        message:
          'must be an https origin such as https://portal.example.org (no path, no trailing slash)',
      },
    ],
  ],
  [
    'a sign-in address outside the allowlist',
    withChange('portals.0.signInUrl', 'https://mayoclinicportal.us/login'),
    [
      {
        path: 'portals.0.signInUrl',
        message: 'origin https://mayoclinicportal.us is not in allowedOrigins',
      },
    ],
  ],
  [
    'a sign-up address that is not an address at all',
    withChange('portals.0.signUpUrl', 'see the front desk'),
    [
      {
        path: 'portals.0.signUpUrl',
        message: 'must be an absolute https:// address without a user name or password',
      },
    ],
  ],
  [
    'portals given as text',
    withChange('portals', 'mayo-clinic'),
    [{ path: 'portals', message: 'must be a list [ ... ]' }],
  ],
  [
    'duplicate portal ids',
    withChange('portals', [secondPortal()[0], secondPortal()[0]]),
    [{ path: 'portals.1.id', message: 'duplicate portal id "mayo-clinic"' }],
  ],
  [
    'a portal id with spaces',
    withChange('portals.0.id', 'Mayo Clinic'),
    [{ path: 'portals.0.id', message: 'must be lower-case letters, digits and dashes' }],
  ],
  [
    'an unknown language code',
    withChange('languages.enabled', ['en', 'fr']),
    [
      {
        path: 'languages.enabled.1',
        message: 'is not a supported language (supported: en, es, so, hmn, ar)',
      },
    ],
  ],
  [
    'a language listed twice',
    withChange('languages.enabled', ['en', 'es', 'es']),
    [{ path: 'languages.enabled', message: 'lists a language twice' }],
  ],
  [
    'a default language that is not enabled',
    withChange('languages', { enabled: ['en'], default: 'es' }),
    [{ path: 'languages.default', message: 'must be one of the enabled languages' }],
  ],
  [
    'a missing Spanish description',
    withChange('portals.1.description.es', undefined),
    [{ path: 'portals.1.description.es', message: 'text for "es" is missing' }],
  ],
  [
    'a translation in an unsupported language',
    withChange('support.hours.fr', '8 h à 17 h'),
    [
      {
        path: 'support.hours.fr',
        message: 'is not a supported language (supported: en, es, so, hmn, ar)',
      },
    ],
  ],
  [
    'an idle time-out under 30 s',
    withChange('timing.idleSeconds', 10),
    [{ path: 'timing.idleSeconds', message: 'must be at least 30' }],
  ],
  [
    'a warning under 20 s',
    withChange('timing.warningSeconds', 5),
    [{ path: 'timing.warningSeconds', message: 'must be at least 20' }],
  ],
  [
    'fewer than 10 extensions',
    withChange('timing.maxExtensions', 3),
    [{ path: 'timing.maxExtensions', message: 'must be at least 10' }],
  ],
  [
    'assisted time-outs shorter than the normal ones',
    withChange('timing', {
      idleSeconds: 120,
      warningSeconds: 40,
      assistedIdleSeconds: 60,
      assistedWarningSeconds: 30,
    }),
    [
      { path: 'timing.assistedIdleSeconds', message: 'must not be shorter than idleSeconds' },
      { path: 'timing.assistedWarningSeconds', message: 'must not be shorter than warningSeconds' },
    ],
  ],
  [
    'a done-screen countdown as long as the idle time-out',
    withChange('timing', { idleSeconds: 60, doneSeconds: 60 }),
    [{ path: 'timing.doneSeconds', message: 'must be shorter than idleSeconds' }],
  ],
  [
    'a timing given as text',
    withChange('timing.idleSeconds', '90'),
    [{ path: 'timing.idleSeconds', message: 'must be a number' }],
  ],
  [
    'a misspelt key',
    withChange('clinicNmae', 'Typo Clinic'),
    [{ path: 'clinicNmae', message: 'is not a known setting (check the spelling)' }],
  ],
  [
    'two unknown keys in one object, each reported at the key',
    withChange('support.email', 'help@example.org', withChange('support.fax', '123')),
    [
      { path: 'support.fax', message: 'is not a known setting (check the spelling)' },
      { path: 'support.email', message: 'is not a known setting (check the spelling)' },
    ],
  ],
  [
    'a missing clinic name',
    withChange('clinicName', undefined),
    [{ path: 'clinicName', message: 'is required' }],
  ],
  [
    'a blank clinic name',
    withChange('clinicName', '   '),
    [{ path: 'clinicName', message: 'must not be empty' }],
  ],
  ['no portals', withChange('portals', []), [{ path: 'portals', message: 'must list at least 1' }]],
  [
    'a help line that is not a phone number',
    withChange('support.phone', 'call us'),
    [{ path: 'support.phone', message: 'must be a phone number such as 1-877-858-0398' }],
  ],
  [
    'a portal help line without Spanish hours',
    withChange('portals.0.help', { phone: '1-800-555-0100', hours: { en: '24/7' } }),
    [{ path: 'portals.0.help.hours.es', message: 'text for "es" is missing' }],
  ],
  [
    'a restart hour of 24',
    withChange('dailyRestartHour', 24),
    [{ path: 'dailyRestartHour', message: 'must be at most 23' }],
  ],
  [
    'a log retention of 0 days',
    withChange('logRetentionDays', 0),
    [{ path: 'logRetentionDays', message: 'must be at least 1' }],
  ],
  [
    'a PIN hash with another algorithm',
    withChange('staff.pinHash', { ...samplePinHash, algorithm: 'md5' }),
    [{ path: 'staff.pinHash.algorithm', message: 'must be "scrypt"' }],
  ],
  [
    'a PIN hash with a weak N',
    withChange('staff.pinHash', { ...samplePinHash, N: 1024 }),
    [{ path: 'staff.pinHash.N', message: 'must be at least 16384' }],
  ],
  [
    'a PIN hash whose N is not a power of two',
    withChange('staff.pinHash', { ...samplePinHash, N: 30000 }),
    [{ path: 'staff.pinHash.N', message: 'must be a power of two, e.g. 32768' }],
  ],
  [
    'a PIN hash needing too much memory',
    withChange('staff.pinHash', { ...samplePinHash, N: 1_048_576, r: 8 }),
    [
      {
        path: 'staff.pinHash.N',
        message: 'with this r, needs more than 256 MiB per check (lower N or r)',
      },
    ],
  ],
  [
    'a short salt',
    withChange('staff.pinHash', { ...samplePinHash, salt: 'c2FsdA==' }),
    [{ path: 'staff.pinHash.salt', message: 'must be base64 of at least 16 bytes' }],
  ],
  [
    'a hash that is not base64',
    withChange('staff.pinHash', { ...samplePinHash, hash: '!'.repeat(88) }),
    [{ path: 'staff.pinHash.hash', message: 'must be base64 of at least 32 bytes' }],
  ],
  [
    'a hash shorter than keyLength',
    withChange('staff.pinHash', { ...samplePinHash, hash: Buffer.alloc(32, 2).toString('base64') }),
    [{ path: 'staff.pinHash.hash', message: 'must be 64 bytes long (keyLength), found 32' }],
  ],
  [
    'a PIN written in clear instead of a hash',
    withChange('staff', { pin: '135790' }),
    [
      { path: 'staff.pinHash', message: 'is required' },
      { path: 'staff.pin', message: 'is not a known setting (check the spelling)' },
    ],
  ],
]

describe('parseConfig reports each mistake precisely', () => {
  it('has a good number of cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it.each(cases)('%s', (_name, input, problems) => {
    const result = parseConfig(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems).toEqual(problems)
  })

  it('lists every problem of a file, not just the first', () => {
    const input = withChange(
      'timing.idleSeconds',
      5,
      withChange('portals.0.signUpUrl', 'http://x.org'),
    )
    const result = parseConfig(input)
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      'timing.idleSeconds',
      'portals.0.signUpUrl',
    ])
  })

  it('never repeats a value from the file in a message', () => {
    const result = parseConfig(withChange('staff', { pin: '135790', pinHash: null }))
    expect(JSON.stringify(result)).not.toContain('135790')
  })
})

describe('a valid clinic file', () => {
  it('accepts a PIN hash, a portal help line and a restart hour', () => {
    const input = withChange(
      'staff.pinHash',
      samplePinHash,
      withChange(
        'portals.0.help',
        { phone: '1-800-555-0100', hours: { en: 'Every day', es: 'Todos los días' } },
        withChange('dailyRestartHour', 3),
      ),
    )
    const result = parseConfig(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.config.dailyRestartHour).toBe(3)
    const publicConfig = toPublicConfig(result.config)
    expect(publicConfig.portals[0]?.help).toEqual({
      phone: '1-800-555-0100',
      hours: { en: 'Every day', es: 'Todos los días' },
    })
    expect(publicConfig.staffModeEnabled).toBe(true)
    expect(JSON.stringify(publicConfig)).not.toContain(samplePinHash.hash)
  })

  it('fills in the protective timing defaults when the file leaves them out', () => {
    const result = parseConfig(withChange('timing', undefined))
    expect(result.ok && result.config.timing).toEqual({
      idleSeconds: 90,
      warningSeconds: 30,
      maxExtensions: 10,
      assistedIdleSeconds: 300,
      assistedWarningSeconds: 60,
      doneSeconds: 20,
    })
  })

  it('keeps the done screen countdown between 10 and 120 seconds', () => {
    expect(parseConfig(withChange('timing.doneSeconds', 9))).toMatchObject({
      ok: false,
      problems: [{ path: 'timing.doneSeconds', message: 'must be at least 10' }],
    })
    const result = parseConfig(withChange('timing.doneSeconds', 45))
    expect(result.ok && result.config.timing.doneSeconds).toBe(45)
    expect(result.ok && toPublicConfig(result.config).timing.doneSeconds).toBe(45)
  })
})
