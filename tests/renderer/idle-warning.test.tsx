import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { App } from '../../renderer/app/App'
import { ACTIVITY_THROTTLE_MS } from '../../renderer/app/use-activity-reporter'
import { createPreviewBridge } from '../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../renderer/bridge/preview/preview-call-log'
import { previewTiming } from '../../renderer/bridge/preview/preview-session'
import { announcementFor } from '../../renderer/features/idle-warning/use-seconds-left'
import { createKioskI18n } from '../../renderer/i18n/i18n'
import { defaultSessionTiming } from '../../shared/session/session-state'

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
})
afterEach(() => {
  vi.useRealTimers()
})

async function startSession() {
  const log = createPreviewCallLog()
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  render(<App bridge={createPreviewBridge(log)} i18n={createKioskI18n()} />)
  await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
  await screen.findByRole('button', { name: /I’m done/ })
  // The fake clock also follows the real one (shouldAdvanceTime), so however long the first
  // step took to load on a busy machine counted as idle time: touch once more, past the
  // activity throttle, and the idle time counts from now.
  await act(() => vi.advanceTimersByTimeAsync(ACTIVITY_THROTTLE_MS))
  await user.pointer({ keys: '[MouseLeft]', target: document.body })
  return { user, log }
}

const idle = async (ms: number) => {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}

describe('the idle warning (preview bridge on the shared state machine)', () => {
  it('appears after the idle time as an alert dialog with focus on "I need more time"', async () => {
    await startSession()
    await idle(89_000)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await idle(1_000)
    const dialog = await screen.findByRole('alertdialog', { name: 'Are you still there?' })
    expect(dialog).toHaveAccessibleDescription(/erase all you typed/)
    expect(screen.getByRole('button', { name: 'I need more time' })).toHaveFocus()
    expect(screen.getByText('Erasing in 30 seconds')).toBeInTheDocument()
    expect(screen.getByText('You can ask for more time 10 more times.')).toBeInTheDocument()
    expect(document.querySelector('.kiosk-phase')).toHaveAttribute('inert')
  })

  it('announces the countdown at a few moments, not every second', async () => {
    await startSession()
    await idle(90_000)
    const live = screen.getByRole('status', { hidden: false, name: '' })
    expect(live).toHaveTextContent('')
    await idle(5_000)
    expect(screen.getByText('Erasing in 25 seconds')).toBeInTheDocument()
    expect(live).toHaveTextContent('')
    await idle(5_000)
    expect(live).toHaveTextContent('20 seconds left before your session is erased.')
    await idle(3_000)
    expect(live).toHaveTextContent('20 seconds left')
  })

  it('"I need more time" closes the warning and uses one extension', async () => {
    const { user } = await startSession()
    await idle(90_000)
    await user.click(screen.getByRole('button', { name: 'I need more time' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.querySelector('.kiosk-phase')).not.toHaveAttribute('inert')
    await idle(90_000)
    expect(screen.getByText('You can ask for more time 9 more times.')).toBeInTheDocument()
  })

  it('time-out wipes the session back to the welcome screen with a fresh tree', async () => {
    const { user, log } = await startSession()
    await user.click(screen.getByRole('button', { name: /I’m done/ })) // first patient
    await user.click(screen.getByRole('button', { name: 'Yes, erase it' }))
    await user.click(await screen.findByRole('button', { name: 'Large text' }))
    await user.click(screen.getByRole('button', { name: 'Touch to begin' }))
    await idle(90_000 + 30_000)
    expect(await screen.findByRole('button', { name: 'Touch to begin' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Large text', pressed: false })).toBeInTheDocument()
    expect(log.calls).toEqual([])
  })

  it('offers only "erase now" once every extension is used', async () => {
    const { user } = await startSession()
    for (let i = 0; i < 10; i += 1) {
      await idle(90_000)
      await user.click(screen.getByRole('button', { name: 'I need more time' }))
    }
    await idle(90_000)
    expect(screen.queryByRole('button', { name: 'I need more time' })).toBeNull()
    expect(screen.getByText(/used all the extra time/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'I’m done — erase now' })).toHaveFocus()
  })
})

describe('announcementFor', () => {
  it.each([
    [30, 30, null],
    [25, 30, null],
    [20, 30, 20],
    [12, 30, 20],
    [10, 30, 10],
    [4, 30, 5],
    [59, 60, null],
  ])('%i s left of %i → %s', (left, started, expected) => {
    expect(announcementFor(left, started)).toBe(expected)
  })
})

describe('previewTiming (?idle=&warning= in the preview only)', () => {
  it.each([
    ['', 90, 30],
    ['?idle=3&warning=20', 3, 20],
    ['?idle=3&warning=5', 3, 20],
    ['?idle=0', 1, 30],
    ['?idle=99999', 90, 30],
    ['?idle=abc&warning=-4', 90, 30],
    ['?idle=3.5', 90, 30],
    ['?warning=1000', 90, 300],
  ])('%s → idle %i s, warning %i s', (search, idleSeconds, warningSeconds) => {
    expect(previewTiming(search, defaultSessionTiming)).toMatchObject({
      idleSeconds,
      warningSeconds,
    })
  })
})
