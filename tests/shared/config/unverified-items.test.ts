import { describe, expect, it } from 'vitest'

import { defaultConfig } from '../../../shared/config/default-config'
import { parseConfig } from '../../../shared/config/kiosk-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import { validConfigJson, withChange } from './config-fixtures'

function parsed(json: unknown) {
  const result = parseConfig(json)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.config
}

describe('unverified items (flagged "verify")', () => {
  it('lists every unconfirmed item of the embedded default for staff', () => {
    expect(unverifiedItems(defaultConfig).map((item) => item.path)).toEqual([
      'portals.0',
      'portals.1',
      'support.hours',
      'support.teenPhoneOption',
      'frontDesk.issuesActivationCodes',
      'frontDesk.hasProxyRequestForms',
      'frontDesk.helpsSetUpTeenAccounts',
    ])
  })

  it('never gives patients unconfirmed hours or a phone-menu option', () => {
    const support = toPublicConfig(defaultConfig).support
    expect(support).toEqual({ phone: '1-877-858-0398' })
    expect(JSON.stringify(toPublicConfig(defaultConfig))).not.toContain('8 a.m.')
  })

  it('gives patients the hours and option once IT confirms them', () => {
    const config = parsed(withChange('support.verify', false))
    expect(unverifiedItems(config).map((item) => item.path)).toEqual([
      'portals.0',
      'portals.1',
      'frontDesk.issuesActivationCodes',
      'frontDesk.hasProxyRequestForms',
      'frontDesk.helpsSetUpTeenAccounts',
    ])
    expect(toPublicConfig(config).support).toMatchObject({
      hours: { en: '8 a.m. to 5 p.m. Central Time' },
      teenPhoneOption: '5',
    })
  })

  it('`verify: true` flags the whole support block, the phone number included', () => {
    const config = parsed(withChange('support.verify', true))
    expect(unverifiedItems(config).map((item) => item.path)).toContain('support.phone')
    expect(toPublicConfig(config).support).toEqual({ phone: '1-877-858-0398' })
  })

  it('refuses an unknown field name in the verify list', () => {
    const result = parseConfig(withChange('support.verify', ['hours', 'fax']))
    expect(result.ok).toBe(false)
  })

  it('labels the Health System address as an information page, and defaults the code shape', () => {
    const portals = toPublicConfig(defaultConfig).portals
    expect(portals.map((portal) => portal.addressKind)).toEqual(['portal-page', 'information-page'])
    expect(portals[0]?.activationCodeShape).toEqual({ groups: 3, groupLength: 5 })
    const custom = parsed(
      withChange('portals.0.activationCodeShape', { groups: 4, groupLength: 4 }),
    )
    expect(custom.portals[0]?.activationCodeShape).toEqual({ groups: 4, groupLength: 4 })
  })

  it('keeps the JSON of a file valid with no verify at all', () => {
    const json = validConfigJson()
    withChange('support.verify', undefined, json)
    withChange('frontDesk.verify', undefined, json)
    expect(unverifiedItems(parsed(json)).map((item) => item.path)).toEqual([
      'portals.0',
      'portals.1',
    ])
  })
})

describe('what the clinic states about its front desk', () => {
  it('the embedded default states nothing to patients until IT confirms it', () => {
    expect(toPublicConfig(defaultConfig).frontDesk).toEqual({})
  })

  it('a confirmed statement reaches patients; an unconfirmed one is listed for staff only', () => {
    const config = parsed(withChange('frontDesk.verify', ['hasProxyRequestForms']))
    expect(toPublicConfig(config).frontDesk).toEqual({
      issuesActivationCodes: true,
      helpsSetUpTeenAccounts: true,
    })
    expect(unverifiedItems(config).map((item) => item.path)).toContain(
      'frontDesk.hasProxyRequestForms',
    )
    expect(unverifiedItems(config).map((item) => item.path)).not.toContain(
      'frontDesk.issuesActivationCodes',
    )
  })

  it('a field the clinic leaves out is never stated, and `false` is a statement too', () => {
    const json = validConfigJson()
    withChange('frontDesk', { issuesActivationCodes: false }, json)
    const config = parsed(json)
    expect(toPublicConfig(config).frontDesk).toEqual({ issuesActivationCodes: false })
    expect(unverifiedItems(config).filter((item) => item.path.startsWith('frontDesk'))).toEqual([])
  })

  it('refuses an unknown front-desk field', () => {
    expect(parseConfig(withChange('frontDesk.printsBadges', true)).ok).toBe(false)
  })
})
