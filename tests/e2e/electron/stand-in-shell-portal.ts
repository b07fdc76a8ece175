import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in official page for the field-ready shell cases (issue 10): a file input, a Print
 * button, an HTTP-auth request, and two frames — one from an origin the profile allows for
 * frames, one from an origin it does not. The page reports what happened to `/event?name=`.
 */
const page = (allowedFrame: string, blockedFrame: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in shell portal</title></head>
<body style="margin:0"><h1>Stand-in portal</h1>
<input type="file" id="upload" aria-label="upload"
  style="position:absolute;left:20px;top:100px;width:240px;height:48px">
<button id="print" style="position:absolute;left:20px;top:170px;width:240px;height:48px">Print</button>
<iframe title="allowed" src="${allowedFrame}" style="position:absolute;top:240px"></iframe>
<iframe title="blocked" src="${blockedFrame}" style="position:absolute;top:400px"></iframe>
<script>
const note = (name) => fetch('/event?name=' + encodeURIComponent(name));
const upload = document.getElementById('upload');
upload.addEventListener('cancel', () => note('file-cancel'));
upload.addEventListener('change', () => note('file-change'));
document.getElementById('print').addEventListener('click', () => {
  window.print();
  note('print-returned');
});
note(/\\[native code\\]/.test(String(window.print)) ? 'print-native' : 'print-overridden');
fetch('/auth').then((r) => note('auth-' + r.status), () => note('auth-error'));
</script></body></html>`

export interface ShellPortal {
  /** The page (its origin is the profile's only allowed origin). */
  readonly url: string
  /** The origin the profile allows for frames only. */
  readonly frameOrigin: string
  /** Names the page reported, in order. */
  readonly events: string[]
  /** Host headers of frame loads the server saw ("127.0.0.1:port" or "localhost:port"). */
  readonly frameHosts: string[]
  close(): Promise<void>
}

export async function startShellPortal(tls: { key: string; cert: string }): Promise<ShellPortal> {
  const events: string[] = []
  const frameHosts: string[] = []
  // One server for the frames, reached by two names: two origins (127.0.0.1 vs localhost).
  const frames: Server = createServer(tls, (request, response) => {
    frameHosts.push(request.headers.host ?? '')
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>frame</title><p>widget</p>')
  })
  await new Promise<void>((resolve) => frames.listen(0, '127.0.0.1', resolve))
  const framePort = (frames.address() as AddressInfo).port
  const frameOrigin = `https://127.0.0.1:${framePort}`
  const blockedFrame = `https://localhost:${framePort}/widget`

  const main: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1')
    if (url.pathname === '/portal') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(page(`${frameOrigin}/widget`, blockedFrame))
    } else if (url.pathname === '/event') {
      events.push(url.searchParams.get('name') ?? '')
      response.writeHead(204).end()
    } else if (url.pathname === '/auth') {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="stand-in"' }).end()
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => main.listen(0, '127.0.0.1', resolve))
  const { port } = main.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/portal`,
    frameOrigin,
    events,
    frameHosts,
    close: async () => {
      await new Promise<void>((resolve) => main.close(() => resolve()))
      await new Promise<void>((resolve) => frames.close(() => resolve()))
    },
  }
}
