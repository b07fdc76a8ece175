// @vitest-environment node
import type { Clipboard, Session } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createPartitionNames } from '../../../electron/main/portal/portal-partition'
import { runWipe, uiNeedsReload, type WipeDeps } from '../../../electron/main/wipe/wipe-transaction'
import { asElectron, FakeClipboard, FakeSessions } from '../fakes/fake-electron'
import { fakeUuid } from '../support/kiosk-harness'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const journal: string[] = []
  const sessions = new FakeSessions(journal)
  const clipboard = new FakeClipboard(journal)
  const partitions = createPartitionNames(fakeUuid)
  let viewOpen = true
  let uiAnswer: Promise<boolean> = Promise.resolve(true)
  const portal = {
    close: vi.fn(async () => {
      await Promise.resolve()
      journal.push('portal.close')
      viewOpen = false
    }),
    hasView: () => viewOpen,
  }
  const resetUi = vi.fn((generation: number, reload: boolean) => {
    journal.push(`ui.reset:${generation}:${reload}`)
    return uiAnswer
  })
  let now = 1000
  const deps: WipeDeps = {
    portal,
    partitions,
    sessionFor: (partition) => asElectron<Session>(sessions.fromPartition(partition)),
    clipboard: asElectron<Clipboard>(clipboard),
    resetUi,
    clock: () => (now += 5),
    timers: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  }
  const old = sessions.fromPartition(partitions.current())
  old.cookies.jar.push({ name: 'MyChartSession', value: 'secret', domain: 'portal' })
  clipboard.text = 'ABCDE-12345-FGHIJ'
  return {
    deps,
    journal,
    sessions,
    clipboard,
    partitions,
    old,
    portal,
    resetUi,
    setUiAnswer: (answer: Promise<boolean>) => {
      uiAnswer = answer
    },
    keepViewOpen: () => {
      portal.close.mockImplementation(async () => undefined)
    },
  }
}

describe('the wipe transaction', () => {
  it('runs every step in order, each awaited, then verifies, and reports durations', async () => {
    const { deps, journal, old, partitions, clipboard } = setup()
    const oldName = partitions.current()
    const report = await runWipe(deps, { generation: 3, reloadUi: false })
    expect(report.verified).toBe(true)
    expect(report.failedSteps).toEqual([])
    expect(report.steps).toEqual([
      'close-portal-view',
      'clear-data',
      'clear-storage-data',
      'clear-cache',
      'clear-auth-cache',
      'clear-clipboard',
      'reset-ui',
      'new-partition',
      'verify-portal-gone',
      'verify-no-cookies-old-partition',
      'verify-no-cookies-new-partition',
      'verify-clipboard-empty',
      'verify-ui-empty',
    ])
    expect(journal).toEqual([
      'portal.close',
      `clearData:${oldName}`,
      `clearStorageData:${oldName}`,
      `clearCache:${oldName}`,
      `clearAuthCache:${oldName}`,
      'clipboard.clear',
      'selection.clear',
      'ui.reset:3:false',
    ])
    expect(old.cookies.jar).toEqual([])
    expect(clipboard.text).toBe('')
    expect(report.newPartition).not.toBe(oldName)
    expect(report.newPartition).toMatch(/^portal-/)
    expect(partitions.current()).toBe(report.newPartition)
    expect(partitions.isRetired(oldName)).toBe(true)
    expect(report.wipeMs).toBeGreaterThan(0)
    expect(report.verifyMs).toBeGreaterThan(0)
  })

  it.each(['clearData', 'clearStorageData', 'clearCache', 'clearAuthCache'])(
    'a failing %s makes the wipe unverified, but every other step still runs',
    async (method) => {
      const { deps, old, journal } = setup()
      old.failing.add(method)
      const report = await runWipe(deps, { generation: 1, reloadUi: false })
      expect(report.verified).toBe(false)
      expect(report.failedSteps.length).toBeGreaterThan(0)
      expect(journal).toContain('clipboard.clear')
      expect(journal).toContain('ui.reset:1:false')
    },
  )

  it('a step that hangs times out and fails the wipe instead of hanging the kiosk', async () => {
    const { deps, old } = setup()
    old.hanging.add('clearCache')
    const pending = runWipe({ ...deps, stepTimeoutMs: 1000 }, { generation: 1, reloadUi: false })
    await vi.advanceTimersByTimeAsync(1000)
    const report = await pending
    expect(report.verified).toBe(false)
    expect(report.failedSteps).toEqual(['clear-cache'])
  })

  it('fails verification when cookies survive in the old partition', async () => {
    const { deps, old } = setup()
    old.clearData = () => Promise.resolve() // pretends to clear but leaves the jar
    old.clearStorageData = () => Promise.resolve()
    const report = await runWipe(deps, { generation: 1, reloadUi: false })
    expect(report.failedSteps).toEqual(['verify-no-cookies-old-partition'])
    expect(report.verified).toBe(false)
  })

  it('fails verification when the portal view is still there', async () => {
    const { deps, keepViewOpen } = setup()
    keepViewOpen()
    const report = await runWipe(deps, { generation: 1, reloadUi: false })
    expect(report.failedSteps).toEqual(['verify-portal-gone'])
  })

  it('fails verification when the clipboard keeps its text', async () => {
    const { deps, clipboard } = setup()
    clipboard.stubborn = true
    const report = await runWipe(deps, { generation: 1, reloadUi: false })
    expect(report.failedSteps).toEqual(['verify-clipboard-empty'])
  })

  it('clears and verifies the Linux selection clipboard too', async () => {
    const { deps, clipboard } = setup()
    const selection = clipboard.selection
    if (selection === undefined) throw new Error('the fake clipboard has a selection')
    await selection.writeText('highlighted by the patient')
    selection.stubborn = true // a clipboard manager puts it back
    const report = await runWipe(deps, { generation: 1, reloadUi: false })
    expect(report.failedSteps).toEqual(['verify-clipboard-empty'])
    selection.stubborn = false
    const again = await runWipe(deps, { generation: 2, reloadUi: false })
    expect(again.verified).toBe(true)
    expect(await selection.readText()).toBe('')
  })

  it('fails verification when the UI does not report empty in time, or reports failure', async () => {
    const silent = setup()
    silent.setUiAnswer(new Promise(() => undefined))
    const pending = runWipe(
      { ...silent.deps, uiTimeoutMs: 3000 },
      { generation: 1, reloadUi: false },
    )
    await vi.advanceTimersByTimeAsync(3000)
    expect((await pending).failedSteps).toEqual(['verify-ui-empty'])

    const refused = setup()
    refused.setUiAnswer(Promise.resolve(false))
    expect((await runWipe(refused.deps, { generation: 1, reloadUi: false })).failedSteps).toEqual([
      'verify-ui-empty',
    ])
  })

  it('reloads the UI only after a UI crash or hang', async () => {
    expect(['ui-crashed', 'ui-unresponsive'].map(uiNeedsReload)).toEqual([true, true])
    expect(
      ['patient-done', 'idle-timeout', 'staff-reset', 'portal-crashed'].map(uiNeedsReload),
    ).toEqual([false, false, false, false])
    const { deps, resetUi } = setup()
    await runWipe(deps, { generation: 2, reloadUi: true })
    expect(resetUi).toHaveBeenCalledWith(2, true)
  })
})
