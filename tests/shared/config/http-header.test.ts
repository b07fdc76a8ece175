// @vitest-environment node
import { createServer, request, validateHeaderName, validateHeaderValue } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseConfig } from '../../../shared/config/kiosk-config'
import { withChange } from './config-fixtures'

/** The schema's verdict on one header, as the locked screen lists it (null: accepted). */
function verdict(headers: Record<string, string>): string[] | null {
  const parsed = parseConfig(
    withChange('telemetry', {
      endpoint: 'https://otel.clinic.example:4318',
      headers,
      kioskId: 'lobby-1',
      site: 'gonda',
    }),
  )
  return parsed.ok ? null : parsed.problems.map((problem) => `${problem.path} ${problem.message}`)
}

const nodeAccepts = (name: string, value: string): boolean => {
  try {
    validateHeaderName(name)
    validateHeaderValue(name, value)
    return true
  } catch {
    return false
  }
}

const values: [string, string, string | null][] = [
  ['a bearer token', 'Bearer abc.DEF-123_~+/=', null],
  ['visible ASCII punctuation', `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`, null],
  ['spaces and a tab inside', 'a b\tc', null],
  ['obs-text (Latin-1 letters)', 'caf\u00e9 \u00ff', null],
  ['empty', '', null],
  ['a line feed', 'Bearer abc\nX-Injected: 1', 'must be one line: no line break (CR or LF)'],
  ['CR LF', 'Bearer abc\r\n', 'must be one line: no line break (CR or LF)'],
  ['a lone CR', 'abc\rdef', 'must be one line: no line break (CR or LF)'],
  ['NUL', 'abc\u0000', 'must not contain control characters (NUL, escape…)'],
  ['escape', 'abc\u001b[0m', 'must not contain control characters (NUL, escape…)'],
  ['DEL', 'abc\u007f', 'must not contain control characters (NUL, escape…)'],
  [
    'non-Latin-1 text',
    'clé — 東京',
    'must be ASCII text (Latin-1 at most): HTTP cannot send other characters in a header',
  ],
  [
    'an emoji',
    'token 🔑',
    'must be ASCII text (Latin-1 at most): HTTP cannot send other characters in a header',
  ],
  ['a leading space', ' Bearer abc', 'must not begin or end with a space or tab'],
  ['a trailing tab', 'Bearer abc\t', 'must not begin or end with a space or tab'],
  ['too long', 'x'.repeat(2049), 'must be at most 2048 characters'],
]

const NAME_RULE =
  "must be an HTTP header name: 1–64 letters, digits or !#$%&'*+-.^_`|~ (no spaces or colons)"
const names: [string, string, string | null][] = [
  ['a usual name', 'Authorization', null],
  ['every token character', "X-a!#$%&'*+.^_`|~9", null],
  ['a space', 'X Api Key', NAME_RULE],
  ['a colon', 'X-Key:', NAME_RULE],
  ['a line feed', 'X-Key\nHost', NAME_RULE],
  ['non-ASCII', 'X-Clé', NAME_RULE],
  ['empty', '', NAME_RULE],
  ['too long', `X-${'a'.repeat(63)}`, NAME_RULE],
  [
    'a framing header',
    'Content-Length',
    'is set by the kiosk itself for every request and cannot be configured',
  ],
  [
    'Host, in lower case',
    'host',
    'is set by the kiosk itself for every request and cannot be configured',
  ],
]

describe('telemetry header values: the schema accepts exactly what can be sent', () => {
  it.each(values)('%s', (_name, value, problem) => {
    expect(verdict({ 'X-Api-Key': value })).toEqual(
      problem === null ? null : [`telemetry.headers.X-Api-Key ${problem}`],
    )
    // Whatever the schema accepts, Node's http (the OTLP exporter's transport) accepts too.
    if (problem === null) expect(nodeAccepts('X-Api-Key', value)).toBe(true)
  })
})

describe('telemetry header names: RFC 9110 tokens the exporter does not set itself', () => {
  it.each(names)('%s', (_name, name, problem) => {
    expect(verdict({ [name]: 'v' })).toEqual(
      problem === null ? null : [`telemetry.headers.${name} ${problem}`],
    )
    if (problem === null) expect(nodeAccepts(name, 'v')).toBe(true)
  })

  it('refuses one name in two spellings', () => {
    expect(verdict({ Authorization: 'Bearer a', authorization: 'Bearer b' })).toEqual([
      'telemetry.headers.authorization is the same header as "Authorization" (header names ignore case): keep one',
    ])
  })
})

describe('every accepted header reaches a server byte for byte', () => {
  let received: Promise<Record<string, string>> | null = null
  let deliver: (headers: Record<string, string>) => void = () => undefined
  const server = createServer((req, res) => {
    const headers: Record<string, string> = {}
    for (let at = 0; at < req.rawHeaders.length; at += 2)
      headers[req.rawHeaders[at] ?? ''] = req.rawHeaders[at + 1] ?? ''
    deliver(headers)
    res.end()
  })
  beforeAll(() => new Promise<void>((done) => server.listen(0, '127.0.0.1', done)))
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  const accepted = values.filter(([, , problem]) => problem === null)
  it.each(accepted)('%s', async (_name, value) => {
    received = new Promise((resolve) => (deliver = resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((done, fail) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', headers: { 'X-Api-Key': value } },
        (res) => {
          res.resume()
          res.on('end', done)
        },
      )
      req.on('error', fail)
      req.end()
    })
    // Node reads header bytes as Latin-1, as it wrote them: the value round-trips exactly.
    expect((await received)['X-Api-Key']).toBe(value)
  })
})
