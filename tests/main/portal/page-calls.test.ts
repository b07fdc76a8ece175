// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { PAGE_CALL_TIMEOUT_MS } from '../../../electron/main/portal/page-call'
import { FOCUS_REPORT_WAIT_MS } from '../../../electron/main/portal/portal-keys'
import { prefillActivePortal } from '../../../electron/main/portal/portal-prefill'
import { FakeDebugger } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

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
  const contents = kiosk.currentView()?.webContents
  if (contents === undefined) throw new Error('no portal view')
  contents.finishLoading()
  return { kiosk, contents }
}

const unresponsive = { ok: false, error: { code: 'rejected', detail: 'page-unresponsive' } }

describe('the focused frame is reported by the renderer, later', () => {
  it('waits for a late report instead of refusing at once', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.focusReportDelayMs = FOCUS_REPORT_WAIT_MS / 2
    const typing = kiosk.invoke('portal:type-text', { text: 'abc' })
    await vi.advanceTimersByTimeAsync(FOCUS_REPORT_WAIT_MS)
    expect(await typing).toEqual({ ok: true, value: null })
    expect(contents.inserted).toEqual(['abc'])
  })

  it('a focused frame with no field focused is "tap a box first", and nothing is typed', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.mainFrame.editableFocused = false
    const noField = { ok: false, error: { code: 'rejected', detail: 'no-field-focused' } }
    expect(await kiosk.invoke('portal:type-text', { text: 'abc' })).toEqual(noField)
    expect(await kiosk.invoke('portal:press-key', { key: 'Enter' })).toEqual(noField)
    expect(contents.inserted).toEqual([])
    expect(contents.inputEvents).toEqual([])
  })
})

describe('every call into the page is bounded in time', () => {
  it('typing into a hung page answers "page-unresponsive" instead of waiting forever', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.hungCalls.add('insertText')
    const typing = kiosk.invoke('portal:type-text', { text: 'abc' })
    await vi.advanceTimersByTimeAsync(PAGE_CALL_TIMEOUT_MS)
    expect(await typing).toEqual(unresponsive)
  })

  it('the focus probe of a hung page is bounded too', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.mainFrame.hung = true
    const pressing = kiosk.invoke('portal:press-key', { key: 'Tab' })
    await vi.advanceTimersByTimeAsync(PAGE_CALL_TIMEOUT_MS)
    expect(await pressing).toEqual(unresponsive)
    expect(contents.inputEvents).toEqual([])
  })

  it('pre-fill into a hung page gives up', async () => {
    const { kiosk, contents } = await openedPortal()
    contents.hungCalls.add('executeJavaScriptInIsolatedWorld')
    const filling = prefillActivePortal(
      {
        contents: () => kiosk.portal.contents(),
        activeProfile: () => ({ prefillSelectors: { firstName: '#first' } }),
      },
      { firstName: 'Ana' },
    )
    const outcome = filling.then(
      () => 'filled',
      (error: unknown) => (error as { detail?: string }).detail,
    )
    await vi.advanceTimersByTimeAsync(PAGE_CALL_TIMEOUT_MS)
    expect(await outcome).toBe('page-unresponsive')
  })

  it('a DevTools target that never answers fails the guard closed (no endless "loading")', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    FakeDebugger.holdNextAnswers = true
    const opening = kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    await vi.advanceTimersByTimeAsync(PAGE_CALL_TIMEOUT_MS)
    expect(await opening).toEqual({ ok: true, value: { state: 'failed' } })
    expect(kiosk.currentView()?.webContents.loaded).toEqual([])
    expect(kiosk.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'setup' },
    })
  })
})
