// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import * as wipeModule from '../../../electron/main/wipe/wipe-transaction'
import type { SessionSummary } from '../../../electron/main/session/session-controller'
import { fakeEvent, type FakeWebContentsView } from '../fakes/fake-electron'
import { createKioskHarness } from '../support/kiosk-harness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** A patient who got as far as the portal, with cookies and a copied code. */
async function patientInPortal() {
  const kiosk = createKioskHarness()
  await kiosk.invoke('session:start', { language: 'es' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const view = kiosk.currentView()
  if (view === undefined) throw new Error('no portal view')
  view.webContents.emit('did-finish-load')
  view.webContents.session.cookies.jar.push({ name: 'sid', value: 'x', domain: 'portal' })
  kiosk.clipboard.text = 'ABCDE-12345-FGHIJ'
  return { kiosk, view }
}

function expectWiped(kiosk: ReturnType<typeof createKioskHarness>, oldPartition: string) {
  expect(kiosk.contentView.children).toEqual([])
  expect(kiosk.sessions.fromPartition(oldPartition).cookies.jar).toEqual([])
  expect(kiosk.clipboard.text).toBe('')
  expect(kiosk.lifecycle.view()).toMatchObject({ phase: 'attract', generation: 1 })
  expect(kiosk.events).toContainEqual(
    expect.objectContaining({
      event: 'wipe-finished',
      fields: expect.objectContaining({ result: 'verified' }),
    }),
  )
}

const endings: [
  string,
  (kiosk: ReturnType<typeof createKioskHarness>, view: FakeWebContentsView) => Promise<unknown>,
][] = [
  ['"I\'m done"', (kiosk) => kiosk.invoke('session:end', { reason: 'patient-done' })],
  ['start over', (kiosk) => kiosk.invoke('session:end', { reason: 'start-over' })],
  ['an abandoned portal', (kiosk) => kiosk.invoke('session:end', { reason: 'portal-abandoned' })],
  ['staff reset', (kiosk) => kiosk.lifecycle.end('staff-reset')],
  [
    'the idle time-out',
    async () => {
      await vi.advanceTimersByTimeAsync(90_000 + 30_000)
    },
  ],
  [
    'a UI crash',
    async (kiosk) => {
      kiosk.uiContents.crashed = true
      kiosk.uiContents.emit('render-process-gone', fakeEvent(), {
        reason: 'crashed',
        exitCode: 139,
      })
    },
  ],
  [
    'a UI hang',
    async (kiosk) => {
      kiosk.uiContents.emit('unresponsive')
      await vi.advanceTimersByTimeAsync(10_000)
    },
  ],
  [
    'a portal crash',
    async (_kiosk, view) => {
      view.webContents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 1 })
    },
  ],
  [
    'a portal hang',
    async (_kiosk, view) => {
      view.webContents.emit('unresponsive')
      await vi.advanceTimersByTimeAsync(10_000)
    },
  ],
]

describe('every way a session ends runs the same verified wipe', () => {
  it.each(endings)('%s', async (_name, endIt) => {
    const runWipe = vi.spyOn(wipeModule, 'runWipe')
    const { kiosk, view } = await patientInPortal()
    const oldPartition = String(view.options.webPreferences?.['partition'])
    await endIt(kiosk, view)
    await kiosk.lifecycle.settled()
    expect(runWipe).toHaveBeenCalledTimes(1)
    expectWiped(kiosk, oldPartition)
  })
})

describe('the session lifecycle in main', () => {
  it('reloads the UI after a crash and waits for it to report empty', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.uiContents.crashed = true
    kiosk.uiContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 })
    await kiosk.lifecycle.settled()
    expect(kiosk.uiContents.loaded).toEqual(['app://kiosk/index.html#recovering'])
    expect(kiosk.uiContents.crashedOnPurpose).toBe(false)
  })

  it('kills a hung UI before reloading it, and a UI that recovers in time is left alone', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.uiContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(5_000)
    kiosk.uiContents.emit('responsive')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(kiosk.lifecycle.phase()).toBe('active')
    kiosk.uiContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(10_000)
    await kiosk.lifecycle.settled()
    expect(kiosk.uiContents.crashedOnPurpose).toBe(true)
    expect(kiosk.uiContents.loaded).toEqual(['app://kiosk/index.html#recovering'])
  })

  it('reloads a killed UI only once its renderer is reported gone (no race)', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.uiContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(10_000)
    await kiosk.lifecycle.settled()
    expect(kiosk.uiContents.lifecycleJournal).toEqual([
      'kill',
      'gone',
      'load app://kiosk/index.html#recovering',
    ])
    expect(kiosk.lifecycle.phase()).toBe('attract')
  })

  it('reloads anyway after a time-out when the kill is never reported', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.uiContents.deliversGoneAfterKill = false
    kiosk.uiContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(kiosk.uiContents.loaded).toEqual([])
    await vi.advanceTimersByTimeAsync(5_000)
    expect(kiosk.uiContents.lifecycleJournal).toEqual([
      'kill',
      'load app://kiosk/index.html#recovering',
    ])
    await kiosk.lifecycle.settled()
    expect(kiosk.lifecycle.phase()).toBe('attract')
  })

  it('locks in out-of-order when the wipe fails, until a staff reset wipes again', async () => {
    const { kiosk, view } = await patientInPortal()
    view.webContents.session.failing.add('clearData')
    view.webContents.session.clearStorageData = () => Promise.resolve()
    const answer = await kiosk.invoke('session:end', { reason: 'patient-done' })
    expect(answer).toMatchObject({ ok: true, value: { phase: 'out-of-order' } })
    expect(await kiosk.invoke('session:start', { language: 'en' })).toMatchObject({
      value: { phase: 'out-of-order' },
    })
    expect(kiosk.events).toContainEqual(
      expect.objectContaining({
        event: 'wipe-finished',
        fields: expect.objectContaining({ result: 'failed' }),
      }),
    )
    // Staff reset: the old partition is retired, a fresh wipe of the new one verifies.
    expect(await kiosk.lifecycle.end('staff-reset')).toMatchObject({ phase: 'attract' })
  })

  it('locks in out-of-order when the UI never reports its empty state', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.setUiAnswersReset(false)
    const ending = kiosk.lifecycle.end('patient-done')
    await vi.advanceTimersByTimeAsync(15_000)
    expect(await ending).toMatchObject({ phase: 'out-of-order' })
  })

  it('ignores a UI reset confirmation for another generation', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.setUiAnswersReset(false)
    const ending = kiosk.lifecycle.end('patient-done')
    await kiosk.invoke('session:ui-reset', { generation: 7 })
    await vi.advanceTimersByTimeAsync(15_000)
    expect(await ending).toMatchObject({ phase: 'out-of-order' })
  })

  it('logs session start and end with a random id, cause, duration, steps, portal and language', async () => {
    const { kiosk } = await patientInPortal()
    const summaries: SessionSummary[] = []
    kiosk.lifecycle.onSessionEnded((summary) => summaries.push(summary))
    await vi.advanceTimersByTimeAsync(5_000)
    await kiosk.invoke('session:end', { reason: 'patient-done' })
    const start = kiosk.events.find((e) => e.event === 'session-start')
    const end = kiosk.events.find((e) => e.event === 'session-end')
    expect(start?.fields).toEqual({
      sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      language: 'es',
      assisted: false,
    })
    expect(end?.fields).toEqual({
      sessionId: start?.fields['sessionId'],
      cause: 'patient-done',
      durationMs: 5_000,
      stepsReached: ['started', 'portal-opened', 'portal-ready'],
      portalId: 'mayo-clinic',
      language: 'es',
      extensionsUsed: 0,
    })
    expect(summaries).toEqual([
      {
        cause: 'patient-done',
        language: 'es',
        portalId: 'mayo-clinic',
        handedOff: true,
        durationMs: 5_000,
      },
    ])
    const wipe = kiosk.events.find((e) => e.event === 'wipe-finished')
    expect(wipe?.fields).toMatchObject({
      sessionId: start?.fields['sessionId'],
      result: 'verified',
      failedSteps: [],
      wipeMs: expect.any(Number),
      verifyMs: expect.any(Number),
    })
  })

  it('pushes the warning with its countdown end and extensions, and more time works', async () => {
    const { kiosk } = await patientInPortal()
    await vi.advanceTimersByTimeAsync(90_000)
    expect(kiosk.pushed.filter((p) => p.channel === 'session:state').at(-1)?.payload).toEqual({
      phase: 'warning',
      generation: 0,
      warningEndsAt: Date.now() + 30_000,
      extensionsLeft: 10,
    })
    expect(await kiosk.invoke('session:more-time', {})).toEqual({
      ok: true,
      value: { phase: 'active', generation: 0 },
    })
  })

  it('assisted mode (staff) lengthens the time-outs until the session ends', async () => {
    const { kiosk } = await patientInPortal()
    kiosk.lifecycle.setAssistedMode(true)
    await vi.advanceTimersByTimeAsync(299_000)
    expect(kiosk.lifecycle.phase()).toBe('active')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(kiosk.lifecycle.view()).toMatchObject({ phase: 'warning', assisted: true })
  })
})
