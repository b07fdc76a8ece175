import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

import type { Protocol } from 'electron'

import { UI_CSP_HEADER } from './content-security-policy'
import { APP_HOST, APP_SCHEME } from './ui-origin'

/**
 * Must run before `app` is ready. `standard` + `secure` give app:// a real origin, so the UI is
 * isolated like a website instead of getting file://'s extra privileges.
 */
export function registerAppSchemePrivileges(
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * Answers app://kiosk/<path> from the built renderer folder. Anything outside that folder,
 * another host, or an unknown file type is a 404: the handler serves our UI and nothing else.
 */
export function createAppSchemeHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir)
  return async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound()
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    const file = resolve(root, `.${relative}`)
    if (!file.startsWith(root + sep)) return notFound()
    const type = contentTypes[extname(file)]
    if (type === undefined) return notFound()
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: {
          'content-type': type,
          'content-security-policy': UI_CSP_HEADER,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      })
    } catch {
      return notFound()
    }
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
}

export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppSchemeHandler(rootDir))
}
