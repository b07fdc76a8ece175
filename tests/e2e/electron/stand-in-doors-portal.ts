import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'

/** A one-page PDF: enough for Chromium to hand it to its PDF viewer. */
export const STAND_IN_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF'

/**
 * A stand-in official page with every door to native UI the kiosk keeps shut: a visit summary
 * as a PDF (a link, and the same PDF embedded, whose viewer would bring Print and Save buttons),
 * a "Create a passkey" button (`navigator.credentials.create`), a text field a patient taps, an
 * EyeDropper button, a video with a Picture-in-Picture button, and a Print button that uses
 * `document.execCommand('print')`. The page reports what happened to `/event?name=`.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in doors portal</title></head>
<body style="margin:0"><h1>Stand-in portal</h1>
<a id="summary" href="/visit-summary.pdf" style="display:block;height:48px">Visit summary (PDF)</a>
<embed id="embedded" src="/visit-summary.pdf" type="application/pdf" width="300" height="200">
<button id="passkey" style="display:block;height:48px">Create a passkey</button>
<input id="field" aria-label="Email" style="display:block;height:48px;width:300px">
<button id="eyedropper" style="display:block;height:48px">Pick a colour</button>
<video id="video" muted playsinline width="160" height="90"></video>
<button id="pip" style="display:block;height:48px">Picture in picture</button>
<button id="print" style="display:block;height:48px">Print this page</button>
<script>
const note = (name) => fetch('/event?name=' + encodeURIComponent(name));
const reason = (error) => (error && error.name) || 'error';
document.getElementById('passkey').addEventListener('click', () => {
  navigator.credentials.create({ publicKey: {
    rp: { name: 'Stand-in' },
    user: { id: new Uint8Array(8), name: 'patient', displayName: 'Patient' },
    challenge: new Uint8Array(16),
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
  } }).then(() => note('passkey-created'), (error) => note('passkey-' + reason(error)));
});
document.getElementById('eyedropper').addEventListener('click', () => {
  if (typeof window.EyeDropper !== 'function') return note('eyedropper-absent');
  new EyeDropper().open().then(() => note('eyedropper-opened'), (e) => note('eyedropper-' + reason(e)));
});
document.getElementById('pip').addEventListener('click', () => {
  const video = document.getElementById('video');
  note('pip-enabled-' + document.pictureInPictureEnabled);
  video.requestPictureInPicture().then(() => note('pip-opened'), (e) => note('pip-' + reason(e)));
});
document.getElementById('print').addEventListener('click', () => {
  const printed = document.execCommand('print');
  note('exec-print-returned-' + printed);
});
const field = document.getElementById('field');
field.addEventListener('focus', () => {
  note('field-focused-inputmode-' + field.getAttribute('inputmode') +
    '-policy-' + field.getAttribute('virtualkeyboardpolicy'));
});
note('loaded');
</script></body></html>`

export interface DoorsPortal {
  /** The page (its origin is the profile's only allowed origin). */
  readonly url: string
  /** Names the page reported, in order. */
  readonly events: string[]
  /** How many times the PDF was fetched (the embed's load is refused by the sandbox first). */
  readonly pdfRequests: () => number
  close(): Promise<void>
}

export async function startDoorsPortal(tls: { key: string; cert: string }): Promise<DoorsPortal> {
  const events: string[] = []
  let pdfRequests = 0
  const server: Server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1')
    if (url.pathname === '/doors') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(PAGE)
    } else if (url.pathname === '/visit-summary.pdf') {
      pdfRequests += 1
      // Served inline, as portals do: the kiosk's own rewrite must make it a download.
      response.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': 'inline; filename="visit-summary.pdf"',
      })
      response.end(STAND_IN_PDF)
    } else if (url.pathname === '/event') {
      events.push(url.searchParams.get('name') ?? '')
      response.writeHead(204).end()
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/doors`,
    events,
    pdfRequests: () => pdfRequests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
