// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  createAppSchemeHandler,
  registerAppSchemePrivileges,
} from '../../electron/main/app-protocol'
import { UI_CSP_DIRECTIVES, UI_CSP_HEADER } from '../../electron/main/content-security-policy'

const parent = mkdtempSync(join(tmpdir(), 'kiosk-app-scheme-'))
const root = join(parent, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(parent, 'secret.txt'), 'outside the renderer folder')
const handler = createAppSchemeHandler(root)
const get = (url: string) => handler(new Request(url))

describe('the app:// scheme', () => {
  it('is registered as standard and secure (a real origin, not file://)', () => {
    const calls: unknown[] = []
    registerAppSchemePrivileges({
      registerSchemesAsPrivileged: (schemes) => calls.push(...schemes),
    })
    expect(calls).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves the UI with the strict CSP and no caching', async () => {
    const response = await get('app://kiosk/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(UI_CSP_HEADER)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toContain('<title>ui</title>')
    expect((await get('app://kiosk/assets/app.js')).status).toBe(200)
  })

  it.each([
    ['path traversal', 'app://kiosk/../secret.txt'],
    ['encoded traversal', 'app://kiosk/%2e%2e/secret.txt'],
    ['encoded slash traversal', 'app://kiosk/assets/..%2f..%2fsecret.txt'],
    ['another host', 'app://evil/index.html'],
    ['a missing file', 'app://kiosk/nope.js'],
    ['an unknown file type', 'app://kiosk/index.exe'],
  ])('answers 404 for %s', async (_name, url) => {
    expect((await get(url)).status).toBe(404)
  })

  it('has the same policy in the header and in index.html (the preview relies on the meta tag)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(UI_CSP_DIRECTIVES.join('; '))
    expect(UI_CSP_HEADER).toContain("frame-ancestors 'none'")
    expect(UI_CSP_HEADER).not.toMatch(/unsafe-(inline|eval)/)
  })
})
