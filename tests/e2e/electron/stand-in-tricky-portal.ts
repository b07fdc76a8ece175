import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { TLSSocket } from 'node:tls'

/**
 * A stand-in official page that does what real portals do to an embedder: an "unsaved
 * changes" guard (`beforeunload`, armed once the patient types), a "Close" button that runs
 * `window.close()` (OAuth and ID-check callbacks do this), an image from a server that asks
 * for a TLS client certificate, and a cross-site frame with a text field. The page reports to `/event?name=`; the certificate server
 * records whether the kiosk presented a certificate.
 */
const page = (certProbe: string, widget: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in tricky portal</title></head>
<body style="margin:0"><h1>Stand-in portal</h1>
<input id="field" aria-label="field"
  style="position:absolute;left:20px;top:100px;width:240px;height:48px">
<button id="close" style="position:absolute;left:20px;top:170px;width:240px;height:48px"
  onclick="window.close()">Close</button>
<img alt="" src="${certProbe}" width="1" height="1">
<iframe id="widget" title="widget" src="${widget}"
  style="position:absolute;left:20px;top:240px;width:300px;height:120px;border:0"></iframe>
<script>
const note = (name) => fetch('/event?name=' + encodeURIComponent(name));
document.getElementById('field').addEventListener('input', () => {
  window.addEventListener('beforeunload', (event) => {
    event.preventDefault();
    event.returnValue = '';
  });
  note('guard-armed');
});
note('loaded');
</script></body></html>`

export interface TrickyPortal {
  readonly url: string
  /** A cross-site frame's origin (localhost vs 127.0.0.1: another site, another process). */
  readonly frameOrigin: string
  /** Names the page reported, in order. */
  readonly events: string[]
  /** One entry per request the certificate server saw: did the client present a certificate? */
  readonly certificatesPresented: boolean[]
  close(): Promise<void>
}

export async function startTrickyPortal(tls: { key: string; cert: string }): Promise<TrickyPortal> {
  const events: string[] = []
  const certificatesPresented: boolean[] = []
  // Asks every client for a certificate but accepts a connection without one.
  const certServer: Server = createServer(
    { ...tls, requestCert: true, rejectUnauthorized: false },
    (request, response) => {
      const socket = request.socket as TLSSocket
      certificatesPresented.push(Object.keys(socket.getPeerCertificate()).length > 0)
      response.writeHead(204).end()
    },
  )
  await new Promise<void>((resolve) => certServer.listen(0, '127.0.0.1', resolve))
  const certPort = (certServer.address() as AddressInfo).port

  // A widget in a frame from another site, with a field, like a captcha or an ID check.
  const frames: Server = createServer(tls, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      '<!doctype html><title>widget</title><input aria-label="widget field" style="width:280px;height:100px">',
    )
  })
  await new Promise<void>((resolve) => frames.listen(0, '127.0.0.1', resolve))
  const frameOrigin = `https://localhost:${(frames.address() as AddressInfo).port}`

  const main: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1')
    if (url.pathname === '/portal') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(page(`https://127.0.0.1:${certPort}/probe.png`, `${frameOrigin}/widget`))
    } else if (url.pathname === '/event') {
      events.push(url.searchParams.get('name') ?? '')
      response.writeHead(204).end()
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
    certificatesPresented,
    close: async () => {
      await new Promise<void>((resolve) => main.close(() => resolve()))
      await new Promise<void>((resolve) => certServer.close(() => resolve()))
      await new Promise<void>((resolve) => frames.close(() => resolve()))
    },
  }
}
