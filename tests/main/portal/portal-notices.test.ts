// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { PASSKEY_ASKED } from '../../../electron/main/portal/page-world-doors'
import { PDF_VIEWER_ORIGIN } from '../../../electron/main/portal/pdf-viewer-watch'
import { fakeEvent } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

const PORTAL = 'https://onlineservices.mayoclinic.org'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

async function readyPortal() {
  const kiosk = createKioskHarness()
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view was created')
  view.webContents.emit('did-finish-load')
  return { kiosk, view, contents: view.webContents }
}

/** A download Electron hands to `will-download` (docs/api/download-item.md). */
function downloadOf(url: string) {
  return { cancel: vi.fn(), getURL: () => url }
}

describe('what the patient is told when the page asks for a door the kiosk keeps shut', () => {
  it('a document (every PDF arrives as a download) is refused and opens on their own device', async () => {
    const { kiosk, contents } = await readyPortal()
    const event = fakeEvent()
    const item = downloadOf(`${PORTAL}/billing/statement-2026-11.pdf?patient=123`)
    contents.session.emit('will-download', event, item, contents)
    expect(event.defaultPrevented).toBe(true)
    expect(item.cancel).toHaveBeenCalled()
    expect(kiosk.portal.status()).toEqual({ state: 'ready', notice: 'document' })
    expect(kiosk.pushed.at(-1)).toEqual({
      channel: 'portal:status',
      payload: { state: 'ready', notice: 'document' },
    })
    // The origin only: never the document's path or query.
    expect(kiosk.events).toContainEqual({
      event: 'dialog-refused',
      fields: { kind: 'download', origin: PORTAL },
    })
  })

  it('a passkey the page asked for (reported by the page-world script) gets its note', async () => {
    const { kiosk, contents } = await readyPortal()
    contents.logToConsole('Welcome to the portal')
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
    contents.logToConsole(PASSKEY_ASKED)
    contents.logToConsole(PASSKEY_ASKED)
    expect(kiosk.portal.status()).toEqual({ state: 'ready', notice: 'passkey' })
    const logged = kiosk.events.filter(
      (line) => line.event === 'dialog-refused' && line.fields.kind === 'passkey',
    )
    expect(logged).toEqual([
      { event: 'dialog-refused', fields: { kind: 'passkey', origin: PORTAL } },
    ])
  })

  it('the note goes with the page it was about, and with a new load', async () => {
    const { kiosk, contents } = await readyPortal()
    contents.logToConsole(PASSKEY_ASKED)
    contents.emit('did-navigate', fakeEvent(), `${PORTAL}/next`)
    expect(kiosk.portal.status()).toEqual({ state: 'ready' })
    contents.session.emit('will-download', fakeEvent(), downloadOf(`${PORTAL}/a.pdf`), contents)
    expect(kiosk.portal.status().notice).toBe('document')
    await kiosk.invoke('portal:reload', {})
    expect(kiosk.portal.status()).toEqual({ state: 'loading' })
  })

  it('keeps a part-blocked notice and a note side by side', async () => {
    const { kiosk, contents } = await readyPortal()
    contents.emit(
      'will-frame-navigate',
      fakeEvent({ url: 'https://ads.example/', isMainFrame: false }),
    )
    contents.logToConsole(PASSKEY_ASKED)
    expect(kiosk.portal.status()).toEqual({ state: 'ready', partBlocked: true, notice: 'passkey' })
  })

  it('takes the page off screen if the PDF viewer ever starts in it anyway', async () => {
    const { kiosk, view, contents } = await readyPortal()
    await kiosk.invoke('portal:set-bounds', {
      visible: true,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
    })
    expect(view.visible).toBe(true)
    contents.startNavigation(`${PORTAL}/help`, true)
    contents.startNavigation('about:blank')
    expect(view.visible).toBe(true)
    contents.startNavigation(`${PDF_VIEWER_ORIGIN}/index.html`)
    expect(view.visible).toBe(false)
    expect(kiosk.portal.status()).toEqual({ state: 'failed' })
    expect(kiosk.events).toContainEqual({
      event: 'dialog-refused',
      fields: { kind: 'pdf-viewer', origin: PORTAL },
    })
    await kiosk.invoke('portal:set-bounds', {
      visible: true,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
    })
    expect(view.visible).toBe(false)
    // "Try again" loads the page the patient was sent to over it, and shows that again.
    await kiosk.invoke('portal:reload', {})
    expect(contents.loaded.at(-1)).toBe(`${PORTAL}/patientportal`)
    expect(kiosk.portal.status()).toEqual({ state: 'loading' })
    expect(view.visible).toBe(true)
  })
})
