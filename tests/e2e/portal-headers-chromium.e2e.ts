import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rewritePortalResponse } from '../../electron/main/portal/portal-response-headers'
import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'

/**
 * The portal session's response rewrite held against a real Chromium (Debian's build; Electron 45
 * ships Chromium 153). A stand-in server passes every response through `rewritePortalResponse`,
 * the function the kiosk installs as `webRequest.onHeadersReceived`; paths under `/raw/` skip it,
 * as the control that shows each door is really open without it.
 */
const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF'
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in</title></head>
<body><h1>Stand-in portal</h1></body></html>`
/** Chromium's PDF viewer (a component extension). */
const VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/'

/** Electron's `resourceType` for a request, from the destination Chromium announces. */
function resourceType(request: IncomingMessage): string {
  const destination = request.headers['sec-fetch-dest']
  if (destination === 'document') return 'mainFrame'
  if (destination === 'iframe' || destination === 'frame') return 'subFrame'
  if (destination === 'embed' || destination === 'object') return 'object'
  return 'xhr'
}

let server: Server
let base = ''
let browser: Browser

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const raw = path.startsWith('/raw/')
    const pdf = path.endsWith('.pdf')
    const headers = { 'content-type': [pdf ? 'application/pdf' : 'text/html; charset=utf-8'] }
    const sent = raw
      ? headers
      : rewritePortalResponse({ resourceType: resourceType(request), responseHeaders: headers })
    response.writeHead(200, sent)
    response.end(pdf ? PDF : PAGE)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchDebianChromium()
})

afterAll(async () => {
  await browser.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function pageAt(path: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage()
  await page.goto(`${base}${path}`)
  return page
}

/** Every script path to the print dialog; true where Blink went on to print. */
const tryToPrint = () =>
  ({
    execCommand: document.execCommand('print'),
    windowPrint: (window.print(), 'returned'),
    freshFrame: (() => {
      const frame = document.createElement('iframe')
      document.body.append(frame)
      frame.contentWindow?.print()
      return 'returned'
    })(),
  }) as const

describe('the portal response rewrite in Chromium', () => {
  it('print is refused on every script path (window.print, execCommand, a fresh frame)', async () => {
    const page = await pageAt('/portal')
    const ignored: string[] = []
    page.on('console', (message) => {
      if (message.text().startsWith("Ignored call to 'print()'")) ignored.push(message.text())
    })
    const result = await page.evaluate(tryToPrint)
    expect(result.execCommand).toBe(false)
    await expect.poll(() => ignored.length).toBe(3)

    const control = await pageAt('/raw/portal')
    expect((await control.evaluate(tryToPrint)).execCommand).toBe(true)
  })

  it('a passkey create() fails at once with NotAllowedError', async () => {
    const create = () =>
      navigator.credentials
        .create({
          publicKey: {
            rp: { name: 'Stand-in' },
            user: { id: new Uint8Array(8), name: 'p', displayName: 'p' },
            challenge: new Uint8Array(16),
            pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
          },
        })
        .then(
          () => 'created',
          (error: unknown) => (error instanceof DOMException ? error.name : 'other'),
        )
    const page = await pageAt('/portal')
    expect(await page.evaluate(create)).toBe('NotAllowedError')
    // Without the policy the request goes on to WebAuthn itself (which then rejects the
    // stand-in's IP-address origin as a relying party: no ceremony here either way).
    const control = await pageAt('/raw/portal')
    expect(await control.evaluate(create)).not.toBe('NotAllowedError')
  })

  it('Picture-in-Picture is off in the page (and on without the rewrite)', async () => {
    const page = await pageAt('/portal')
    expect(await page.evaluate(() => document.pictureInPictureEnabled)).toBe(false)
    const control = await pageAt('/raw/portal')
    expect(await control.evaluate(() => document.pictureInPictureEnabled)).toBe(true)
  })

  it('a PDF becomes a download; the viewer never starts (and does without the rewrite)', async () => {
    const page = await pageAt('/portal')
    const download = page.waitForEvent('download')
    await page.goto(`${base}/bill.pdf`).catch(() => undefined) // "Download is starting"
    expect((await download).suggestedFilename()).toBe('bill.pdf')
    expect(page.url()).toBe(`${base}/portal`)
    expect(page.frames().map((frame) => frame.url())).not.toContainEqual(
      expect.stringContaining(VIEWER),
    )

    const control = await pageAt('/raw/portal')
    const viewer = control.waitForEvent('framenavigated', (frame) => frame.url().startsWith(VIEWER))
    await control.goto(`${base}/raw/bill.pdf`)
    await viewer
  })

  it('a PDF the page makes itself (blob:) shows no viewer in a frame (and does without)', async () => {
    const showInFrame = async (pdf: string) => {
      const url = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }))
      const frame = document.createElement('iframe')
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve))
      frame.src = url
      document.body.append(frame)
      await loaded
    }
    const page = await pageAt('/portal')
    await page.evaluate(showInFrame, PDF)
    expect(page.frames().map((frame) => frame.url())).not.toContainEqual(
      expect.stringContaining(VIEWER),
    )

    const control = await pageAt('/raw/portal')
    const viewer = control.waitForEvent('framenavigated', (frame) => frame.url().startsWith(VIEWER))
    await control.evaluate(showInFrame, PDF)
    await viewer
  })

  it('the page keeps what a portal needs: its origin, cookies, storage and pop-ups', async () => {
    const page = await pageAt('/portal')
    const state = await page.evaluate(() => {
      document.cookie = 'signed-in=1'
      localStorage.setItem('step', '2')
      return {
        origin: window.origin,
        cookie: document.cookie,
        stored: localStorage.getItem('step'),
        popup: window.open('/portal') === null ? 'refused' : 'opened',
      }
    })
    expect(state).toEqual({ origin: base, cookie: 'signed-in=1', stored: '2', popup: 'opened' })
  })
})
