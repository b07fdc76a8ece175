import { describe, expect, it } from 'vitest'

import { defaultConfig, defaultConfigInput } from '../../../shared/config/default-config'
import { parseConfig } from '../../../shared/config/kiosk-config'
import { toPublicConfig } from '../../../shared/config/public-config'

describe('the embedded default configuration', () => {
  it('passes the same schema as a clinic file', () => {
    expect(parseConfig(defaultConfigInput).ok).toBe(true)
  })

  it('has the two portals of the seed, flagged for verification, and staff mode off', () => {
    expect(defaultConfig.portals.map((portal) => portal.id)).toEqual([
      'mayo-clinic',
      'mayo-clinic-health-system',
    ])
    expect(defaultConfig.portals.every((portal) => portal.verify)).toBe(true)
    expect(defaultConfig.support.phone).toBe('1-877-858-0398')
    expect(defaultConfig.staff.pinHash).toBeNull()
    expect(defaultConfig.languages).toEqual({
      enabled: ['en', 'es'],
      allowPendingReview: [],
      default: 'en',
    })
  })

  it('never allows the host reported to fail TLS', () => {
    const text = JSON.stringify(defaultConfig)
    expect(text).not.toContain('patientportal.mayoclinic.org')
    expect(text).not.toContain('http://')
  })

  it('uses the protective timing defaults (90 s idle, 30 s warning, 10 extensions)', () => {
    expect(defaultConfig.timing).toMatchObject({
      idleSeconds: 90,
      warningSeconds: 30,
      maxExtensions: 10,
    })
  })
})

describe('the public configuration', () => {
  it('never carries the staff PIN hash', () => {
    const withPin = {
      ...defaultConfig,
      staff: {
        language: 'en' as const,
        pinHash: {
          algorithm: 'scrypt' as const,
          N: 16384,
          r: 8,
          p: 1,
          keyLength: 64,
          salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
          hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo',
        },
      },
    }
    const publicConfig = toPublicConfig(withPin)
    expect(JSON.stringify(publicConfig)).not.toContain('aGFzaGhh')
    expect(JSON.stringify(publicConfig)).not.toContain('c2FsdHNh')
    expect(publicConfig.staffLanguage).toBe('en')
    expect(publicConfig.staffModeEnabled).toBe(true)
  })
})
