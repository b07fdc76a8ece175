// @vitest-environment node
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

import { kioskConfigJsonSchema } from '../../../shared/config/config-json-schema'
import { defaultConfigInput, parseConfig } from '../../../shared/config/default-config'
import { kioskConfigSchema } from '../../../shared/config/kiosk-config'
import { samplePinHash, validConfigJson, withChange, type JsonObject } from './config-fixtures'

const schema = kioskConfigJsonSchema()
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)
const jsonSchemaAccepts = (value: unknown): boolean => validate(value)
const zodAccepts = (value: unknown): boolean => parseConfig(value).ok

const portal = (index: number) =>
  (validConfigJson()['portals'] as JsonObject[])[index] as JsonObject

const telemetry = {
  endpoint: 'https://otel.clinic.example:4318',
  headers: { 'x-api-key': 'secret' },
  kioskId: 'lobby-1',
  site: 'rochester-gonda',
  exportIntervalSeconds: 30,
}

/** Files both must accept. */
const valid: [string, unknown][] = [
  ['the embedded default', JSON.parse(JSON.stringify(defaultConfigInput)) as unknown],
  [
    'every optional field set',
    withChange(
      'telemetry',
      telemetry,
      withChange(
        'staff.pinHash',
        samplePinHash,
        withChange('dailyRestartHour', 3, withChange('requireSignedConfig', true)),
      ),
    ),
  ],
  ['with "$schema" for editors', withChange('$schema', './kiosk.config.schema.json')],
  [
    'with a clinic logo and its alt text',
    withChange('clinicLogo', {
      path: 'logo.png',
      sha256: 'ab'.repeat(32),
      alt: { en: 'A', es: 'B' },
    }),
  ],
]

const logo = { path: 'logo.png', sha256: 'ab'.repeat(32) }

/** Broken files both must reject (the shape is wrong: JSON Schema says so too). */
const broken: [string, unknown][] = [
  ['not an object', ['a list']],
  ['null', null],
  ['a clinic name missing', withChange('clinicName', undefined)],
  ['an unknown top-level key (a typo)', withChange('clinicNmae', 'x')],
  ['an unknown timing key', withChange('timing.idleSecs', 90)],
  ['idleSeconds under 30', withChange('timing.idleSeconds', 5)],
  ['idleSeconds not a whole number', withChange('timing.idleSeconds', 90.5)],
  ['warningSeconds under 20', withChange('timing.warningSeconds', 10)],
  ['maxExtensions under 10', withChange('timing.maxExtensions', 3)],
  ['no language enabled', withChange('languages.enabled', [])],
  ['an unsupported language', withChange('languages.enabled', ['en', 'fr'])],
  ['no portal', withChange('portals', [])],
  [
    'eleven portals',
    withChange(
      'portals',
      Array.from({ length: 11 }, () => portal(0)),
    ),
  ],
  ['a portal id with spaces', withChange('portals.0.id', 'Mayo Clinic')],
  ['a portal without allowedOrigins', withChange('portals.0.allowedOrigins', undefined)],
  ['an unknown pre-fill selector', withChange('portals.0.prefillSelectors', { ssn: '#ssn' })],
  ['a phone number in words', withChange('support.phone', 'call us')],
  ['staff missing', withChange('staff', undefined)],
  ['a PIN hash with a tiny N', withChange('staff.pinHash', { ...samplePinHash, N: 1024 })],
  ['logRetentionDays 0', withChange('logRetentionDays', 0)],
  ['dailyRestartHour 24', withChange('dailyRestartHour', 24)],
  ['requireSignedConfig as text', withChange('requireSignedConfig', 'yes')],
  ['telemetry without an endpoint', withChange('telemetry', { ...telemetry, endpoint: undefined })],
  [
    'telemetry exporting every second',
    withChange('telemetry', { ...telemetry, exportIntervalSeconds: 1 }),
  ],
  ['a clinic logo without its hash', withChange('clinicLogo', { path: 'logo.png' })],
  ['a clinic logo hash too short', withChange('clinicLogo', { ...logo, sha256: 'abc' })],
  ['an unknown clinic logo key', withChange('clinicLogo', { ...logo, url: 'x' })],
  ['an unknown telemetry key', withChange('telemetry', { ...telemetry, token: 'x' })],
  ['a kiosk id with a space', withChange('telemetry', { ...telemetry, kioskId: 'lobby 1' })],
  [
    'a header name with a colon',
    withChange('telemetry', { ...telemetry, headers: { 'a:b': 'c' } }),
  ],
]

/**
 * Rules JSON Schema cannot express, so the generated schema accepts these files and only the
 * kiosk refuses them. Each is listed on purpose: if one becomes expressible (and the generated
 * schema starts rejecting it), this test fails and the row moves to `broken`.
 */
const onlyTheKioskRefuses: [string, string, unknown][] = [
  [
    'a telemetry header value with a line break',
    'header value refinement: what Node and RFC 9110 accept on the wire',
    withChange('telemetry', { ...telemetry, headers: { 'X-Key': 'a\nHost: b' } }),
  ],
  [
    'a telemetry header the exporter sets itself',
    'header name refinement: reserved framing headers, in any case',
    withChange('telemetry', { ...telemetry, headers: { 'content-length': '0' } }),
  ],
  [
    'an http sign-up address',
    'URL refinement: https only, no user name or password (parsed with URL)',
    withChange('portals.0.signUpUrl', 'http://onlineservices.mayoclinic.org/'),
  ],
  [
    'credentials in an address',
    'URL refinement (the "@" trick is a valid URI)',
    withChange('portals.1.signInUrl', 'https://www.mayoclinichealthsystem.org@evil.example/'),
  ],
  [
    'an allowed origin with a path',
    'origin refinement: must equal URL.origin',
    withChange('portals.0.allowedOrigins', ['https://onlineservices.mayoclinic.org/path']),
  ],
  [
    'a sign-up address outside allowedOrigins',
    'cross-field: the URL’s origin must be one of the listed origins',
    withChange('portals.0.signUpUrl', 'https://elsewhere.example/signup'),
  ],
  [
    'two portals with the same id',
    'cross-field: unique ids inside a list of objects',
    withChange('portals.1.id', String(portal(0)['id'])),
  ],
  [
    'a default language that is not enabled',
    'cross-field: default ∈ enabled',
    withChange('languages', { enabled: ['en'], default: 'es' }),
  ],
  [
    'Arabic (pending review) enabled without allowPendingReview',
    'cross-field: a pending language must be listed in allowPendingReview',
    withChange('languages', {
      enabled: ['en', 'es', 'ar'],
      default: 'en',
    }),
  ],
  [
    'a language listed twice',
    'zod emits no uniqueItems for this list',
    withChange('languages.enabled', ['en', 'en']),
  ],
  [
    'Spanish enabled but a Spanish text missing',
    'cross-field: every text in every enabled language',
    withChange('support.hours', { en: 'Always' }),
  ],
  [
    'assisted time-out shorter than the normal one',
    'cross-field: assistedIdleSeconds ≥ idleSeconds',
    withChange('timing.assistedIdleSeconds', 60, withChange('timing.idleSeconds', 120)),
  ],
  [
    'done-screen countdown not shorter than the idle time-out',
    'cross-field: doneSeconds < idleSeconds',
    withChange('timing.doneSeconds', 60, withChange('timing.idleSeconds', 60)),
  ],
  [
    'a clinic name of spaces',
    'zod trims before checking the length',
    withChange('clinicName', '   '),
  ],
  [
    'a PIN salt that is not base64',
    'base64 refinement with a byte count',
    withChange('staff.pinHash', { ...samplePinHash, salt: 'not base64!' }),
  ],
  [
    'a PIN N that is not a power of two',
    'power-of-two refinement',
    withChange('staff.pinHash', { ...samplePinHash, N: 20_000 }),
  ],
  [
    'a telemetry endpoint over plain http to another machine',
    'URL refinement: https, or http only to 127.0.0.1/localhost',
    withChange('telemetry', { ...telemetry, endpoint: 'http://otel.clinic.example:4318' }),
  ],
  [
    'a clinic logo at a web address',
    'path refinement: a local file, not a URL or a network share',
    withChange('clinicLogo', { ...logo, path: 'https://clinic.example/logo.png' }),
  ],
  [
    'a clinic logo that is an SVG',
    'path refinement: .png, .jpg or .webp only',
    withChange('clinicLogo', { ...logo, path: 'logo.svg' }),
  ],
  [
    'a clinic logo whose alt text misses Spanish',
    'cross-field: every text in every enabled language',
    withChange('clinicLogo', { ...logo, alt: { en: 'A' } }),
  ],
]

describe('the generated JSON Schema agrees with parseConfig', () => {
  it.each(valid)('both accept %s', (_name, value) => {
    expect(zodAccepts(value)).toBe(true)
    expect(jsonSchemaAccepts(value), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each(broken)('both reject %s', (_name, value) => {
    expect(zodAccepts(value)).toBe(false)
    expect(jsonSchemaAccepts(value)).toBe(false)
  })

  it.each(onlyTheKioskRefuses)('only the kiosk refuses %s (%s)', (_name, _why, value) => {
    expect(zodAccepts(value)).toBe(false)
    expect(jsonSchemaAccepts(value)).toBe(true)
  })
})

describe('the generator follows the schema, whatever fields it has', () => {
  it('describes every top-level field of the zod schema, and no other', () => {
    expect(Object.keys(schema['properties'] as object).sort()).toEqual(
      Object.keys(kioskConfigSchema.shape).sort(),
    )
    expect(schema['additionalProperties']).toBe(false)
  })

  it('marks as required exactly the fields without a default or optional marker', () => {
    const required = Object.entries(kioskConfigSchema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key)
      .sort()
    expect([...(schema['required'] as string[])].sort()).toEqual(required)
  })

  it('is a draft 2020-12 schema', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
  })
})
