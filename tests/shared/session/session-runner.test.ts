import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createSessionRunner, type WipeRequest } from '../../../shared/session/session-runner'
import { defaultSessionTiming, type SessionTiming } from '../../../shared/session/session-state'
import { toSessionView } from '../../../shared/session/session-view'

const timing: SessionTiming = { ...defaultSessionTiming } // 90 s idle + 30 s warning, 10 extensions

function setup(
  options: { verified?: boolean | (() => Promise<boolean>); timing?: SessionTiming } = {},
) {
  const wipes: WipeRequest[] = []
  const runner = createSessionRunner({
    clock: () => Date.now(),
    timers: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (h) => clearTimeout(h as never),
    },
    timing: () => options.timing ?? timing,
    wipe: async (request) => {
      wipes.push(request)
      const verified = options.verified ?? true
      return typeof verified === 'function' ? verified() : verified
    },
  })
  const phases: string[] = []
  runner.subscribe((state) => phases.push(state.phase))
  return { runner, wipes, phases }
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-05-01T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the session runner (pure machine + injected timers)', () => {
  it('starts in attract with no timer running', () => {
    const { runner } = setup()
    expect(runner.state().phase).toBe('attract')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('attract → active on start', () => {
    const { runner } = setup()
    expect(runner.send({ type: 'start' }).phase).toBe('active')
    expect(vi.getTimerCount()).toBe(1)
  })

  it('active → warning after the idle time, with a countdown of the warning time', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(89_999)
    expect(runner.state().phase).toBe('active')
    vi.advanceTimersByTime(1)
    expect(runner.state().phase).toBe('warning')
    const view = toSessionView(runner.state(), timing)
    expect(view.warningEndsAt).toBe(Date.now() + 30_000)
    expect(view.extensionsLeft).toBe(10)
  })

  it.each(['ui', 'portal'] as const)('%s activity restarts the idle timer', (source) => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(60_000)
    runner.send({ type: 'activity', source })
    vi.advanceTimersByTime(60_000)
    expect(runner.state().phase).toBe('active')
    vi.advanceTimersByTime(30_000)
    expect(runner.state().phase).toBe('warning')
  })

  it('ignores plain activity during the warning (only "more time" answers it)', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000)
    runner.send({ type: 'activity', source: 'ui' })
    expect(runner.state().phase).toBe('warning')
  })

  it('warning → active on "more time", counting the extension', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000)
    expect(runner.send({ type: 'more-time' }).phase).toBe('active')
    vi.advanceTimersByTime(90_000)
    expect(toSessionView(runner.state(), timing).extensionsLeft).toBe(9)
  })

  it('allows exactly the configured number of extensions, then lets the countdown run out', async () => {
    const { runner, wipes } = setup()
    runner.send({ type: 'start' })
    for (let i = 0; i < 10; i += 1) {
      vi.advanceTimersByTime(90_000)
      expect(runner.state().phase).toBe('warning')
      expect(runner.send({ type: 'more-time' }).phase).toBe('active')
    }
    vi.advanceTimersByTime(90_000)
    expect(toSessionView(runner.state(), timing).extensionsLeft).toBe(0)
    expect(runner.send({ type: 'more-time' }).phase).toBe('warning')
    vi.advanceTimersByTime(30_000)
    expect(runner.state().phase).toBe('wiping')
    expect(wipes).toEqual([{ cause: 'idle-timeout', generation: 1 }])
    await runner.settled()
    expect(runner.state().phase).toBe('attract')
  })

  it('warning → wiping → attract when the countdown ends, with a new generation', async () => {
    const { runner, wipes, phases } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000 + 29_999)
    expect(runner.state().phase).toBe('warning')
    vi.advanceTimersByTime(1)
    expect(runner.state()).toMatchObject({ phase: 'wiping', generation: 1 })
    expect(await runner.settled()).toMatchObject({ phase: 'attract', generation: 1 })
    expect(wipes).toEqual([{ cause: 'idle-timeout', generation: 1 }])
    expect(phases).toEqual(['active', 'warning', 'wiping', 'attract'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('gives the whole countdown even when the idle timer fires late (e.g. after sleep)', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.setSystemTime(Date.now() + 500_000) // the clock jumped; the timer has not fired yet
    vi.advanceTimersByTime(90_000)
    expect(runner.state().phase).toBe('warning')
    expect(runner.state().warningEndsAt).toBe(Date.now() + 30_000)
  })

  it.each([
    ['patient-done', 'active'],
    ['start-over', 'active'],
    ['portal-abandoned', 'active'],
    ['staff-reset', 'warning'],
    ['ui-crashed', 'warning'],
    ['ui-unresponsive', 'active'],
    ['portal-crashed', 'active'],
    ['portal-unresponsive', 'active'],
  ] as const)('%s from %s goes through the wipe', async (cause, from) => {
    const { runner, wipes } = setup()
    runner.send({ type: 'start' })
    if (from === 'warning') vi.advanceTimersByTime(90_000)
    expect(runner.state().phase).toBe(from)
    expect(runner.send({ type: 'end', cause }).phase).toBe('wiping')
    expect(await runner.settled()).toMatchObject({ phase: 'attract', generation: 1 })
    expect(wipes).toEqual([{ cause, generation: 1 }])
  })

  it('wipes even from attract (a UI crash before anyone started)', async () => {
    const { runner, wipes } = setup()
    runner.send({ type: 'end', cause: 'ui-crashed' })
    await runner.settled()
    expect(wipes).toEqual([{ cause: 'ui-crashed', generation: 1 }])
  })

  it('runs one wipe when several ends arrive together', async () => {
    const { runner, wipes } = setup()
    runner.send({ type: 'start' })
    runner.send({ type: 'end', cause: 'patient-done' })
    runner.send({ type: 'end', cause: 'staff-reset' })
    runner.send({ type: 'start' })
    await runner.settled()
    expect(wipes).toHaveLength(1)
    expect(runner.state().phase).toBe('attract')
  })

  it('wiping → out-of-order when the wipe is not verified, or throws', async () => {
    for (const verified of [false, () => Promise.reject(new Error('clearData failed'))]) {
      const { runner } = setup({ verified })
      runner.send({ type: 'start' })
      runner.send({ type: 'end', cause: 'patient-done' })
      expect((await runner.settled()).phase).toBe('out-of-order')
    }
  })

  it('out-of-order ignores everything but a staff reset, which wipes again', async () => {
    let verified = false
    const { runner, wipes } = setup({ verified: () => Promise.resolve(verified) })
    runner.send({ type: 'start' })
    runner.send({ type: 'end', cause: 'patient-done' })
    await runner.settled()
    expect(runner.send({ type: 'start' }).phase).toBe('out-of-order')
    expect(runner.send({ type: 'end', cause: 'ui-crashed' }).phase).toBe('out-of-order')
    verified = true
    expect(runner.send({ type: 'end', cause: 'staff-reset' }).phase).toBe('wiping')
    expect((await runner.settled()).phase).toBe('attract')
    expect(wipes.map((wipe) => wipe.cause)).toEqual(['patient-done', 'staff-reset'])
  })

  it('uses the assisted timings until the session ends', async () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    runner.send({ type: 'set-assisted', on: true })
    expect(toSessionView(runner.state(), timing).assisted).toBe(true)
    vi.advanceTimersByTime(299_999)
    expect(runner.state().phase).toBe('active')
    vi.advanceTimersByTime(1)
    expect(runner.state()).toMatchObject({ phase: 'warning', warningEndsAt: Date.now() + 60_000 })
    runner.send({ type: 'end', cause: 'patient-done' })
    await runner.settled()
    expect(runner.state().assisted).toBe(false)
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000)
    expect(runner.state().phase).toBe('warning')
  })

  it('staff turning assisted mode on during the warning closes it without using an extension', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000)
    expect(runner.send({ type: 'set-assisted', on: true }).phase).toBe('active')
    expect(runner.state().extensionsUsed).toBe(0)
  })

  it('never counts down less than 20 s or allows fewer than 10 extensions', () => {
    const { runner } = setup({
      timing: { ...timing, warningSeconds: 5, maxExtensions: 2 },
    })
    runner.send({ type: 'start' })
    vi.advanceTimersByTime(90_000)
    const view = toSessionView(runner.state(), { ...timing, warningSeconds: 5, maxExtensions: 2 })
    expect(view.warningEndsAt).toBe(Date.now() + 20_000)
    expect(view.extensionsLeft).toBe(10)
  })

  it('config-error: locks at once in attract, and only after the wipe during a session', async () => {
    const idle = setup()
    expect(idle.runner.send({ type: 'config-invalid' }).phase).toBe('config-error')
    expect(idle.runner.send({ type: 'start' }).phase).toBe('config-error')
    expect(idle.runner.send({ type: 'config-valid' }).phase).toBe('attract')

    const busy = setup()
    busy.runner.send({ type: 'start' })
    expect(busy.runner.send({ type: 'config-invalid' }).phase).toBe('active')
    busy.runner.send({ type: 'end', cause: 'patient-done' })
    expect((await busy.runner.settled()).phase).toBe('config-error')
  })

  it('gives the UI a new generation when the configuration is (re)loaded between patients', () => {
    const { runner } = setup()
    const before = runner.state().generation
    runner.send({ type: 'config-valid' })
    expect(runner.state().generation).toBe(before + 1)
    runner.send({ type: 'config-invalid' })
    expect(runner.state()).toMatchObject({ phase: 'config-error', generation: before + 2 })
    runner.send({ type: 'start' })
    runner.send({ type: 'config-valid' })
    runner.send({ type: 'start' })
    const during = runner.state().generation
    runner.send({ type: 'config-valid' })
    expect(runner.state()).toMatchObject({ phase: 'active', generation: during })
  })

  it('does not leave a config-error or out-of-order lock through a config reload', async () => {
    const { runner } = setup({ verified: false })
    runner.send({ type: 'start' })
    runner.send({ type: 'end', cause: 'patient-done' })
    await runner.settled()
    runner.send({ type: 'config-invalid' })
    expect(runner.send({ type: 'config-valid' }).phase).toBe('out-of-order')
  })

  it('dispose stops the idle timer', () => {
    const { runner } = setup()
    runner.send({ type: 'start' })
    runner.dispose()
    expect(vi.getTimerCount()).toBe(0)
  })
})
