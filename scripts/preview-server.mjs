// A tiny static file server for the built preview, bound to 127.0.0.1 only. It sends the same
// Content-Security-Policy as the Electron app:// handler so CSP problems show up in the preview.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"

/** Serves `rootDir` on 127.0.0.1:`port` (0 = any free port); resolves to { url, close }. */
export async function startPreviewServer({ rootDir, port = 0 }) {
  const root = resolve(rootDir)
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
    const type = types[extname(file)]
    const inside = file.startsWith(root + sep)
    const found =
      inside &&
      type !== undefined &&
      (await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', done)
  })
  const address = server.address()
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
