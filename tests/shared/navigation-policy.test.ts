import { describe, expect, it } from 'vitest'

import { isAllowedUrl, originForDisplay } from '../../shared/navigation-policy'

const PORTAL = 'https://onlineservices.mayoclinic.org'
const allowed = [PORTAL, 'https://www.mayoclinichealthsystem.org'] as const

describe('isAllowedUrl: pages of the configured portals', () => {
  it.each([
    ['the portal home', `${PORTAL}/`],
    ['a deep path with a query and fragment', `${PORTAL}/patientportal/signup?step=2#form`],
    ['no trailing slash', PORTAL],
    ['upper-case host (normalised)', 'https://OnlineServices.MayoClinic.ORG/patientportal'],
    ['upper-case scheme', 'HTTPS://onlineservices.mayoclinic.org/x'],
    ['the explicit default port', 'https://onlineservices.mayoclinic.org:443/x'],
    [
      'the second configured origin',
      'https://www.mayoclinichealthsystem.org/patient-online-services',
    ],
    ['a blob made by the portal itself', `blob:${PORTAL}/0b5f1e52-1c7e-4f5c-9a0e-0e2b1f3d4c5a`],
    ['dot segments that stay on the portal', `${PORTAL}/a/../b/./c`],
  ])('allows %s', (_name, url) => {
    expect(isAllowedUrl(url, allowed)).toBe(true)
  })
})

const refused: readonly (readonly [string, string])[] = [
  // other schemes
  ['plain http', 'http://onlineservices.mayoclinic.org/'],
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['file:', 'file:///etc/passwd'],
  ['about:blank', 'about:blank'],
  ['about:srcdoc', 'about:srcdoc'],
  ['chrome:', 'chrome://settings'],
  ['devtools:', 'devtools://devtools/bundled/inspector.html'],
  ['view-source:', `view-source:${PORTAL}/`],
  ['ftp:', 'ftp://onlineservices.mayoclinic.org/'],
  ['wss:', 'wss://onlineservices.mayoclinic.org/'],
  ['filesystem:', `filesystem:${PORTAL}/temporary/x`],
  ['our own app:// UI', 'app://kiosk/index.html'],
  ['a blob from a foreign origin', 'blob:https://evil.example/0b5f1e52-1c7e-4f5c'],
  ['a blob wrapping http', 'blob:http://onlineservices.mayoclinic.org/0b5f1e52'],
  // userinfo
  ['userinfo that looks like the portal', `https://onlineservices.mayoclinic.org@evil.example/`],
  ['userinfo on the real host', `https://user:pass@onlineservices.mayoclinic.org/`],
  ['an empty user name', 'https://@onlineservices.mayoclinic.org/'],
  // lookalikes
  ['the portal as a subdomain of evil', 'https://onlineservices.mayoclinic.org.evil.example/'],
  ['a hyphenated lookalike', 'https://onlineservices-mayoclinic.org/'],
  ['a prefixed lookalike', 'https://evilonlineservices.mayoclinic.org/'],
  ['an unlisted sibling subdomain', 'https://signin.mayoclinic.org/'],
  ['the unlisted parent domain', 'https://mayoclinic.org/'],
  ['an unlisted deeper subdomain', 'https://a.onlineservices.mayoclinic.org/'],
  ['a typo domain', 'https://onlineservices.mayoclinlc.org/'],
  ['another top-level domain', 'https://onlineservices.mayoclinic.com/'],
  // IDN / punycode
  ['a Cyrillic "а" written in Unicode', 'https://onlineservices.mаyoclinic.org/'],
  ['the same lookalike in punycode', 'https://onlineservices.xn--myoclinic-35g.org/'],
  ['full-width dots', 'https://onlineservices。mayoclinic。org/'],
  ['percent-encoded dots in the host', 'https://onlineservices%2Emayoclinic%2Eorg/'],
  ['a zero-width space in the host', 'https://online\u200bservices.mayoclinic.org/'],
  // ports, dots, IPs
  ['an odd port', 'https://onlineservices.mayoclinic.org:8443/'],
  ['port 80 on https', 'https://onlineservices.mayoclinic.org:80/'],
  ['a trailing dot', 'https://onlineservices.mayoclinic.org./'],
  ['an IPv4 literal', 'https://93.184.216.34/'],
  ['a hex-encoded IPv4 literal', 'https://0x5d.0xb8.0xd8.0x22/'],
  ['a decimal IPv4 literal', 'https://1572395042/'],
  ['an IPv6 literal', 'https://[2606:2800:220:1:248:1893:25c8:1946]/'],
  ['localhost', 'https://localhost/'],
  // backslashes, whitespace, malformed
  ['backslashes instead of slashes', 'https:\\\\evil.example\\onlineservices.mayoclinic.org'],
  ['a backslash before an @', 'https://onlineservices.mayoclinic.org\\@evil.example/'],
  ['a missing slash', 'https:/onlineservices.mayoclinic.org/'],
  ['no slashes', 'https:onlineservices.mayoclinic.org/'],
  ['three slashes', 'https:///onlineservices.mayoclinic.org/'],
  ['a leading space', ' https://onlineservices.mayoclinic.org/'],
  ['a tab inside the scheme', 'ht\ttps://onlineservices.mayoclinic.org/'],
  ['a newline in the host', 'https://onlineservices.mayo\nclinic.org/'],
  ['a relative path', '/patientportal'],
  ['a protocol-relative address', '//onlineservices.mayoclinic.org/'],
  ['an empty string', ''],
  ['garbage', 'not a url'],
  ['an absurdly long address', `${PORTAL}/${'a'.repeat(9000)}`],
]

describe('isAllowedUrl: everything else is refused', () => {
  it.each(refused)('refuses %s', (_name, url) => {
    expect(isAllowedUrl(url, allowed)).toBe(false)
  })

  it('keeps at least 40 adversarial cases in the table', () => {
    expect(refused.length).toBeGreaterThanOrEqual(40)
  })
})

describe('isAllowedUrl: redirect chains', () => {
  // main checks every hop (will-redirect); one foreign hop blocks the chain.
  const chainAllowed = (hops: readonly string[]) => hops.every((hop) => isAllowedUrl(hop, allowed))

  it.each([
    ['portal → portal', [`${PORTAL}/login`, `${PORTAL}/home`], true],
    [
      'portal → other configured origin',
      [`${PORTAL}/a`, 'https://www.mayoclinichealthsystem.org/b'],
      true,
    ],
    ['portal → foreign origin', [`${PORTAL}/login`, 'https://evil.example/steal'], false],
    ['portal → LAN-ID employee sign-in', [`${PORTAL}/login`, 'https://login.mayo.edu/idp'], false],
    [
      'portal → http downgrade',
      [`${PORTAL}/login`, 'http://onlineservices.mayoclinic.org/home'],
      false,
    ],
    [
      'portal → lookalike → portal',
      [`${PORTAL}/a`, 'https://onlineservices.mayoclinic.org.evil.example/', `${PORTAL}/b`],
      false,
    ],
    ['portal → data: page', [`${PORTAL}/a`, 'data:text/html,hi'], false],
  ])('%s', (_name, hops, expected) => {
    expect(chainAllowed(hops)).toBe(expected)
  })
})

describe('isAllowedUrl: the configured list itself', () => {
  it('allows nothing when no origin is configured', () => {
    expect(isAllowedUrl(`${PORTAL}/`, [])).toBe(false)
  })

  it.each([
    ['an http origin', ['http://onlineservices.mayoclinic.org']],
    ['an origin with a path', [`${PORTAL}/patientportal`]],
    ['an origin with userinfo', ['https://a@onlineservices.mayoclinic.org']],
    ['an unparseable entry', ['onlineservices.mayoclinic.org']],
    ['a trailing-dot origin', ['https://onlineservices.mayoclinic.org.']],
  ])('ignores %s', (_name, origins) => {
    expect(isAllowedUrl(`${PORTAL}/`, origins)).toBe(false)
  })

  it('matches a listed IP literal or port exactly, and nothing near it', () => {
    const local = ['https://127.0.0.1:8443']
    expect(isAllowedUrl('https://127.0.0.1:8443/portal', local)).toBe(true)
    expect(isAllowedUrl('https://127.0.0.1:8444/portal', local)).toBe(false)
    expect(isAllowedUrl('https://127.0.0.1/portal', local)).toBe(false)
    expect(isAllowedUrl('https://127.1:8443/portal', local)).toBe(false)
  })

  it('normalises the case of a configured origin', () => {
    expect(isAllowedUrl(`${PORTAL}/`, ['https://OnlineServices.MayoClinic.org'])).toBe(true)
  })
})

describe('originForDisplay', () => {
  it.each([
    [`${PORTAL}/signup?code=ABCDE-12345#x`, PORTAL],
    ['https://user:secret@evil.example/path', 'https://evil.example'],
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,Jane Doe', 'data'],
    ['nonsense', null],
  ])('keeps only the origin of %s', (url, expected) => {
    expect(originForDisplay(url)).toBe(expected)
  })
})
