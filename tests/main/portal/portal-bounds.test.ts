// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { toViewBounds } from '../../../electron/main/portal/portal-bounds'
import { createKioskHarness } from '../support/kiosk-harness'

const portrait = { width: 1080, height: 1920, zoomFactor: 1 }

describe('toViewBounds (the UI box → WebContentsView.setBounds)', () => {
  it('passes CSS px through as DIP at zoom 1, whatever the screen density', () => {
    expect(toViewBounds({ x: 0, y: 96, width: 1080, height: 1200 }, portrait)).toEqual({
      x: 0,
      y: 96,
      width: 1080,
      height: 1200,
    })
  })

  it('scales by the UI zoom factor (CSS px × zoom = DIP)', () => {
    const zoomed = { width: 2160, height: 3840, zoomFactor: 2 }
    expect(toViewBounds({ x: 10, y: 100, width: 500, height: 800 }, zoomed)).toEqual({
      x: 20,
      y: 200,
      width: 1000,
      height: 1600,
    })
  })

  it('rounds each edge to an integer, so the view neither overlaps nor leaves a seam', () => {
    // At 1.25 the box 0..[101, 203] covers 126.25 and 253.75 DIP: the edges round to 126 and 254.
    const bounds = toViewBounds(
      { x: 101, y: 101, width: 102, height: 102 },
      { width: 2000, height: 2000, zoomFactor: 1.25 },
    )
    expect(bounds).toEqual({ x: 126, y: 126, width: 128, height: 128 })
    for (const value of Object.values(bounds)) expect(Number.isInteger(value)).toBe(true)
  })

  it('clamps to the window: a stale box from before a rotation never leaves the screen', () => {
    const landscape = { width: 1920, height: 1080, zoomFactor: 1 }
    expect(toViewBounds({ x: 0, y: 120, width: 1080, height: 1500 }, landscape)).toEqual({
      x: 0,
      y: 120,
      width: 1080,
      height: 960,
    })
    expect(toViewBounds({ x: 1900, y: 1200, width: 400, height: 400 }, landscape)).toEqual({
      x: 1900,
      y: 1080,
      width: 20,
      height: 0,
    })
  })

  it('ignores a zoom factor that is not a positive number', () => {
    const box = { x: 1, y: 2, width: 3, height: 4 }
    expect(toViewBounds(box, { width: 100, height: 100, zoomFactor: 0 })).toEqual(box)
    expect(toViewBounds(box, { width: 100, height: 100, zoomFactor: Number.NaN })).toEqual(box)
    expect(toViewBounds(box, null)).toEqual(box)
  })
})

describe('main places the portal view (through portal:set-bounds)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  async function openedPortal() {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    const view = kiosk.currentView()
    if (view === undefined) throw new Error('no portal view was created')
    return { kiosk, view }
  }

  it('applies the box clamped to the window, and again when the window is resized', async () => {
    const { kiosk, view } = await openedPortal()
    kiosk.hostWindow.simulateResize(1080, 1920)
    const box = { x: 0, y: 96, width: 1080, height: 1500 }
    await kiosk.invoke('portal:set-bounds', { visible: true, bounds: box })
    expect(view.bounds).toEqual(box)
    // Rotated to landscape: main does not wait for the UI to place the page inside the screen.
    kiosk.hostWindow.simulateResize(1920, 1080)
    expect(view.bounds).toEqual({ x: 0, y: 96, width: 1080, height: 984 })
    expect(view.visible).toBe(true)
    // The UI's next report (its own resize) is applied as it is.
    const landscapeBox = { x: 0, y: 80, width: 1160, height: 900 }
    await kiosk.invoke('portal:set-bounds', { visible: true, bounds: landscapeBox })
    expect(view.bounds).toEqual(landscapeBox)
  })

  it('scales by the UI zoom factor read at the time it places the view', async () => {
    const { kiosk, view } = await openedPortal()
    kiosk.hostWindow.simulateResize(2000, 2000)
    kiosk.uiContents.zoomFactor = 1.5
    await kiosk.invoke('portal:set-bounds', {
      visible: true,
      bounds: { x: 0, y: 100, width: 800, height: 600 },
    })
    expect(view.bounds).toEqual({ x: 0, y: 150, width: 1200, height: 900 })
  })

  it('refuses a box that is not whole CSS pixels or that has extra fields (strict zod)', async () => {
    const { kiosk, view } = await openedPortal()
    const before = view.bounds
    expect(
      await kiosk.invoke('portal:set-bounds', {
        visible: true,
        bounds: { x: 0.5, y: 0, width: 10, height: 10 },
      }),
    ).toMatchObject({ ok: false })
    expect(
      await kiosk.invoke('portal:set-bounds', {
        visible: true,
        bounds: { x: 0, y: 0, width: 10, height: 10, dpr: 2 },
      }),
    ).toMatchObject({ ok: false })
    expect(view.bounds).toEqual(before)
  })

  it('refuses bounds from any sender but our UI', async () => {
    const { kiosk, view } = await openedPortal()
    const before = view.bounds
    const fromPortal = {
      sender: { id: view.webContents.id },
      senderFrame: { url: 'https://onlineservices.mayoclinic.org/', parent: null },
    }
    const answer = await kiosk.invokeFrom(fromPortal, 'portal:set-bounds', {
      visible: true,
      bounds: { x: 0, y: 0, width: 1280, height: 800 },
    })
    expect(answer).toMatchObject({ ok: false })
    expect(view.bounds).toEqual(before)
  })
})
