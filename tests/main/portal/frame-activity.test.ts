// @vitest-environment node
import { runInNewContext } from 'node:vm'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  ACTIVITY_BINDING,
  ACTIVITY_LISTENER,
  ACTIVITY_WORLD,
} from '../../../electron/main/portal/frame-activity'
import { createKioskHarness } from '../support/kiosk-harness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** Runs the listener in a stand-in frame: its window, our binding, a clock. */
function frameWithListener(withBinding = true) {
  const listeners = new Map<string, (event: { isTrusted: boolean }) => void>()
  const reports: string[] = []
  let now = 10_000
  const frame: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: { isTrusted: boolean }) => void) => {
      listeners.set(type, listener)
    },
    Date: { now: () => now },
  }
  frame['window'] = frame
  frame['globalThis'] = frame
  if (withBinding) frame[ACTIVITY_BINDING] = (payload: string) => reports.push(payload)
  runInNewContext(ACTIVITY_LISTENER, frame)
  return {
    listeners,
    reports,
    fire: (type: string, isTrusted = true) => listeners.get(type)?.({ isTrusted }),
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('the activity listener in each frame', () => {
  it('reports real taps, keys and typing, at most once a second, with nothing in the payload', () => {
    const frame = frameWithListener()
    expect([...frame.listeners.keys()].sort()).toEqual(
      ['input', 'keydown', 'pointerdown', 'touchstart', 'wheel'].sort(),
    )
    frame.fire('keydown')
    frame.fire('input')
    expect(frame.reports).toEqual([''])
    frame.advance(1000)
    frame.fire('touchstart')
    expect(frame.reports).toEqual(['', ''])
  })

  it('ignores events the page makes up (isTrusted false)', () => {
    const frame = frameWithListener()
    frame.fire('keydown', false)
    frame.fire('pointerdown', false)
    expect(frame.reports).toEqual([])
  })

  it('does nothing (and throws nothing) where the binding is missing', () => {
    const frame = frameWithListener(false)
    expect(() => frame.fire('keydown')).not.toThrow()
  })
})

async function portalWithCrossSiteWidget() {
  const kiosk = createKioskHarness()
  await kiosk.invoke('session:start', { language: 'en' })
  await kiosk.invoke('portal:open', { portalId: 'mayo-clinic', entry: 'sign-up' })
  const contents = kiosk.currentView()?.webContents
  if (contents === undefined) throw new Error('no portal view')
  contents.debugger.deliver('Target.attachedToTarget', {
    sessionId: 'captcha-1',
    targetInfo: { type: 'iframe', url: 'https://captcha.example/' },
    waitingForDebugger: true,
  })
  await vi.advanceTimersByTimeAsync(0)
  return { kiosk, contents }
}

describe('activity from cross-site frames', () => {
  it('the binding exists only in our isolated world, in the page and in each frame target', async () => {
    const { contents } = await portalWithCrossSiteWidget()
    for (const sessionId of [undefined, 'captcha-1']) {
      const commands = contents.debugger.commands.filter((c) => c.sessionId === sessionId)
      expect(commands).toContainEqual(
        expect.objectContaining({
          method: 'Runtime.addBinding',
          params: { name: ACTIVITY_BINDING, executionContextName: ACTIVITY_WORLD },
        }),
      )
      expect(commands).toContainEqual(
        expect.objectContaining({
          method: 'Page.addScriptToEvaluateOnNewDocument',
          params: { source: ACTIVITY_LISTENER, worldName: ACTIVITY_WORLD, runImmediately: true },
        }),
      )
    }
  })

  it('a patient typing in a cross-site widget is never idle-warned', async () => {
    const { kiosk, contents } = await portalWithCrossSiteWidget()
    // 4 minutes of typing in the captcha only; the main frame's input-event hears nothing.
    for (let second = 0; second < 240; second += 5) {
      contents.debugger.deliver(
        'Runtime.bindingCalled',
        { name: ACTIVITY_BINDING, payload: '', executionContextId: 7 },
        'captcha-1',
      )
      await vi.advanceTimersByTimeAsync(5000)
      expect(kiosk.lifecycle.phase()).toBe('active')
    }
  })

  it('without reports (or with some other binding’s calls) the idle warning still comes', async () => {
    const { kiosk, contents } = await portalWithCrossSiteWidget()
    for (let second = 0; second < 120; second += 5) {
      contents.debugger.deliver(
        'Runtime.bindingCalled',
        { name: 'somethingElse', payload: '', executionContextId: 7 },
        'captcha-1',
      )
      await vi.advanceTimersByTimeAsync(5000)
    }
    expect(kiosk.lifecycle.phase()).not.toBe('active')
  })
})
