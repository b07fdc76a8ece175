// @vitest-environment node
import type { App } from 'electron'
import { runInNewContext } from 'node:vm'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  blockOsDialogs,
  PAGE_WORLD_OVERRIDES,
  refuseHttpAuth,
  type DialogGuardContents,
} from '../../../electron/main/portal/no-os-dialogs'
import {
  asElectron,
  FakeApp,
  FakeDebugger,
  fakeEvent,
  FakeWebContents,
  FakeWebFrameMain,
} from '../fakes/fake-electron'
import { createRecordingAuditLog } from '../fakes/recording-audit-log'
import { createKioskHarness } from '../support/kiosk-harness'

const PORTAL = 'https://onlineservices.mayoclinic.org'

function guarded() {
  const contents = new FakeWebContents()
  const audit = createRecordingAuditLog()
  const onGuardLost = vi.fn()
  const ready = blockOsDialogs(asElectron<DialogGuardContents>(contents), { audit, onGuardLost })
  return { contents, audit, onGuardLost, ready }
}

describe('no OS dialogs from the portal page', () => {
  it('intercepts file choosers and overrides print through the page’s debugger', async () => {
    const { contents, ready, onGuardLost } = guarded()
    await ready
    expect(contents.debugger.isAttached()).toBe(true)
    expect(contents.debugger.commands.map((c) => c.method)).toEqual([
      'Page.enable',
      'Page.setInterceptFileChooserDialog',
      'Page.addScriptToEvaluateOnNewDocument',
      'Target.setAutoAttach',
      // The frame-activity listener (frame-activity.test.ts).
      'Runtime.addBinding',
      'Page.addScriptToEvaluateOnNewDocument',
    ])
    expect(contents.debugger.commands[1]?.params).toEqual({ enabled: true, cancel: true })
    expect(contents.debugger.commands[2]?.params).toMatchObject({ source: PAGE_WORLD_OVERRIDES })
    expect(onGuardLost).not.toHaveBeenCalled()
  })

  it('sets up each cross-site frame’s own target before letting it run', async () => {
    const { contents, ready } = guarded()
    await ready
    contents.debugger.deliver('Target.attachedToTarget', {
      sessionId: 'child-1',
      targetInfo: { type: 'iframe', url: 'https://widget.example/' },
      waitingForDebugger: true,
    })
    await vi.waitFor(() =>
      expect(contents.debugger.commands.filter((c) => c.sessionId === 'child-1')).toHaveLength(7),
    )
    const child = contents.debugger.commands.filter((c) => c.sessionId === 'child-1')
    expect(child.map((c) => c.method)).toEqual([
      'Page.enable',
      'Page.setInterceptFileChooserDialog',
      'Page.addScriptToEvaluateOnNewDocument',
      'Target.setAutoAttach',
      'Runtime.addBinding',
      'Page.addScriptToEvaluateOnNewDocument',
      'Runtime.runIfWaitingForDebugger',
    ])
  })

  it('only lets a worker run (no Page domain there, no dialogs)', async () => {
    const { contents, ready, audit } = guarded()
    await ready
    contents.debugger.deliver('Target.attachedToTarget', {
      sessionId: 'worker-1',
      targetInfo: { type: 'worker', url: `${PORTAL}/w.js` },
      waitingForDebugger: true,
    })
    await vi.waitFor(() =>
      expect(contents.debugger.commands.filter((c) => c.sessionId === 'worker-1')).toEqual([
        { method: 'Runtime.runIfWaitingForDebugger', params: {}, sessionId: 'worker-1' },
      ]),
    )
    expect(audit.events).toEqual([])
  })

  it('logs a refused file chooser by origin only', async () => {
    const { contents, ready, audit } = guarded()
    await ready
    contents.debugger.deliver('Page.fileChooserOpened', { frameId: 'f', mode: 'selectSingle' })
    expect(audit.events).toContainEqual({
      event: 'dialog-refused',
      fields: { kind: 'file-chooser', origin: PORTAL },
    })
  })

  it('overrides print again in every frame after each frame load', async () => {
    const { contents, ready } = guarded()
    await ready
    const child = new FakeWebFrameMain('https://widget.example/', 9, contents.mainFrame)
    contents.emit('did-frame-finish-load', fakeEvent(), false, 9, 3)
    expect(contents.mainFrame.scripts).toEqual([PAGE_WORLD_OVERRIDES])
    expect(child.scripts).toEqual([PAGE_WORLD_OVERRIDES])
  })

  it('the print override makes window.print do nothing and cannot be undone', () => {
    const opened = vi.fn()
    const fakeWindow: { print: () => void } = { print: opened }
    new Function('window', PAGE_WORLD_OVERRIDES)(fakeWindow)
    fakeWindow.print()
    expect(opened).not.toHaveBeenCalled()
    expect(() => {
      'use strict'
      fakeWindow.print = opened
    }).toThrow()
    expect(() => Object.defineProperty(fakeWindow, 'print', { value: opened })).toThrow()
  })

  it('the override makes each File System Access picker reject with AbortError', async () => {
    // The injected source run as a page would run it: in its own global, with a window whose
    // pickers would open the OS chooser.
    const opened = vi.fn(() => Promise.resolve([]))
    const fakeWindow: Record<string, unknown> = {
      print: vi.fn(),
      showOpenFilePicker: opened,
      showSaveFilePicker: opened,
      showDirectoryPicker: opened,
    }
    runInNewContext(PAGE_WORLD_OVERRIDES, { window: fakeWindow, DOMException, Promise })
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
      const picker = fakeWindow[name] as () => Promise<unknown>
      await expect(picker()).rejects.toMatchObject({ name: 'AbortError' })
      expect(() => Object.defineProperty(fakeWindow, name, { value: opened })).toThrow()
    }
    expect(opened).not.toHaveBeenCalled()
  })

  it('fails closed when a cross-site frame cannot be set up: the frame never runs', async () => {
    const { contents, ready, audit, onGuardLost } = guarded()
    await ready
    contents.debugger.failing.add('Page.setInterceptFileChooserDialog@child-1')
    contents.debugger.deliver('Target.attachedToTarget', {
      sessionId: 'child-1',
      targetInfo: { type: 'iframe', url: 'https://id-check.example/' },
      waitingForDebugger: true,
    })
    await vi.waitFor(() => expect(onGuardLost).toHaveBeenCalledTimes(1))
    const child = contents.debugger.commands.filter((c) => c.sessionId === 'child-1')
    expect(child.map((c) => c.method)).not.toContain('Runtime.runIfWaitingForDebugger')
    expect(audit.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'child-frame' },
    })
  })

  it('a frame removed while it was being set up is no lost guard (nothing left to guard)', async () => {
    const { contents, ready, audit, onGuardLost } = guarded()
    await ready
    contents.debugger.failing.add('Page.setInterceptFileChooserDialog@ad-1')
    contents.debugger.deliver('Target.attachedToTarget', {
      sessionId: 'ad-1',
      targetInfo: { type: 'iframe', url: 'https://ads.example/' },
      waitingForDebugger: true,
    })
    // The page removed the frame: Chromium reports it before answering the next command.
    contents.debugger.deliver('Target.detachedFromTarget', { sessionId: 'ad-1' })
    await vi.waitFor(() =>
      expect(contents.debugger.commands.filter((c) => c.sessionId === 'ad-1')).toHaveLength(2),
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(onGuardLost).not.toHaveBeenCalled()
    expect(audit.events).toEqual([])
  })

  it('takes the page off screen when the debugger cannot attach or is lost', async () => {
    const contents = new FakeWebContents()
    contents.debugger.attachThrows = true
    const audit = createRecordingAuditLog()
    const onGuardLost = vi.fn()
    await blockOsDialogs(asElectron<DialogGuardContents>(contents), { audit, onGuardLost })
    expect(onGuardLost).toHaveBeenCalledTimes(1)
    expect(audit.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'attach' },
    })

    const later = guarded()
    await later.ready
    // Electron's only reason, "target closed", while the page lives: the guard is lost.
    later.contents.debugger.detach()
    expect(later.onGuardLost).toHaveBeenCalledTimes(1)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(later.audit.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'detached' },
    })
  })

  it('another DevTools client attaching alongside ours leaves the guard in place', async () => {
    const { contents, ready, onGuardLost } = guarded()
    await ready
    contents.debugger.attachOtherClient()
    expect(contents.debugger.isAttached()).toBe(true)
    expect(onGuardLost).not.toHaveBeenCalled()
    // Our own debugger cannot attach twice (Debugger::Attach checks its own agent host).
    expect(() => contents.debugger.attach('1.3')).toThrow('already attached to the target')
  })

  it('a page that destroys itself is not logged as a lost guard (its owner reports it)', async () => {
    const { contents, ready, audit } = guarded()
    await ready
    contents.closeFromPage()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(audit.events).toEqual([])
  })

  it('does not count the view closing (every wipe) as a lost guard', async () => {
    const contents = new FakeWebContents()
    const audit = createRecordingAuditLog()
    const onGuardLost = vi.fn()
    let closing = false
    await blockOsDialogs(asElectron<DialogGuardContents>(contents), {
      audit,
      onGuardLost,
      portalLives: () => !closing,
    })
    // The owner says it is closing the view before it closes it (portal-view.ts does).
    closing = true
    contents.close()
    await vi.waitFor(() => expect(contents.isDestroyed()).toBe(true))
    expect(onGuardLost).not.toHaveBeenCalled()
    expect(audit.events).toEqual([])
  })
})

describe('the portal view and its dialog guard', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('loads the official page only after the guard is in place', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    const contents = kiosk.currentView()?.webContents
    expect(contents?.debugger.commands.map((c) => c.method)).toContain(
      'Page.setInterceptFileChooserDialog',
    )
    expect(contents?.loaded).toEqual([`${PORTAL}/patientportal`])
  })

  it('never loads the page when the guard cannot be set up', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    FakeDebugger.failNextAttach = true
    const opened = await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
    expect(opened).toEqual({ ok: true, value: { state: 'failed' } })
    expect(kiosk.currentView()?.webContents.loaded).toEqual([])
    expect(kiosk.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'attach' },
    })
  })
})

describe('the portal view when its guard fails or the view closes during setup', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const open = { portalId: 'mayo-clinic', entry: 'sign-up' } as const
  const statuses = (kiosk: ReturnType<typeof createKioskHarness>) =>
    kiosk.pushed.filter((p) => p.channel === 'portal:status').map((p) => p.payload)

  it('a view closed while the guard is set up stays closed: no false failure', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    FakeDebugger.holdNextAnswers = true
    const opening = kiosk.invoke('portal:open', open)
    await vi.advanceTimersByTimeAsync(0)
    expect(kiosk.currentView()?.webContents.loaded).toEqual([])
    const finishing = kiosk.invoke('portal:finish', {})
    await vi.advanceTimersByTimeAsync(0)
    await Promise.all([opening, finishing])
    expect(await opening).toEqual({ ok: true, value: { state: 'closed' } })
    expect(statuses(kiosk).at(-1)).toEqual({ state: 'closed' })
    expect(statuses(kiosk)).not.toContainEqual({ state: 'failed' })
    expect(kiosk.events.map((e) => e.event)).not.toContain('dialog-guard-failed')
  })

  it('on a lost guard main hides the page itself and never shows it again', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', open)
    const bounds = { x: 0, y: 100, width: 800, height: 600 }
    await kiosk.invoke('portal:set-bounds', { visible: true, bounds })
    const view = kiosk.currentView()
    expect(view?.visible).toBe(true)

    view?.webContents.debugger.detach()
    expect(view?.visible).toBe(false)
    expect(statuses(kiosk).at(-1)).toEqual({ state: 'failed' })
    await vi.advanceTimersByTimeAsync(0) // the task ends; the patient taps later

    // The UI asking again (a late layout) does not bring the unguarded page back.
    await kiosk.invoke('portal:set-bounds', { visible: true, bounds })
    expect(view?.visible).toBe(false)
    // "Try again" re-guards: the unguarded view is closed and a fresh, guarded one loads.
    expect(await kiosk.invoke('portal:reload', {})).toEqual({
      ok: true,
      value: { state: 'loading' },
    })
    const fresh = kiosk.currentView()
    expect(fresh).not.toBe(view)
    expect(fresh?.webContents.debugger.isAttached()).toBe(true)
    expect(fresh?.visible).toBe(true)
    expect(view?.visible).toBe(false)
    expect(kiosk.contentView.children).toEqual([fresh])
    await vi.advanceTimersByTimeAsync(0)
    expect(view?.webContents.isDestroyed()).toBe(true)
    expect(kiosk.events).toContainEqual({
      event: 'dialog-guard-failed',
      fields: { stage: 'detached' },
    })
  })

  it('the wipe ending the session is not a lost guard', async () => {
    const kiosk = createKioskHarness()
    await kiosk.invoke('session:start', { language: 'en' })
    await kiosk.invoke('portal:open', open)
    await kiosk.invoke('session:end', { reason: 'patient-done' })
    await vi.advanceTimersByTimeAsync(0)
    expect(kiosk.events.map((e) => e.event)).not.toContain('dialog-guard-failed')
    expect(statuses(kiosk)).not.toContainEqual({ state: 'failed' })
  })
})

describe('HTTP authentication', () => {
  it('is refused app-wide: no prompt, the request cancelled, logged by origin', () => {
    const app = new FakeApp()
    const audit = createRecordingAuditLog()
    refuseHttpAuth(asElectron<Pick<App, 'on'>>(app), audit)
    const event = fakeEvent()
    const callback = vi.fn()
    app.emit(
      'login',
      event,
      {},
      { url: `${PORTAL}/secret?x=1`, pid: 1 },
      { isProxy: false, scheme: 'basic', host: 'h', port: 443, realm: 'r' },
      callback,
    )
    expect(event.defaultPrevented).toBe(true)
    expect(callback).toHaveBeenCalledWith()
    expect(audit.events).toContainEqual({
      event: 'dialog-refused',
      fields: { kind: 'http-auth', origin: PORTAL },
    })
  })
})
