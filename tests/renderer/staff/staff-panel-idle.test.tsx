import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BridgeContext } from '../../../renderer/bridge/kiosk-bridge'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { PREVIEW_DEMO_PIN } from '../../../renderer/bridge/preview/preview-staff'
import { StaffPanel } from '../../../renderer/features/staff/StaffPanel'
import { STAFF_PANEL_IDLE_MS } from '../../../renderer/features/staff/use-idle-close'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { I18nextProvider } from 'react-i18next'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

async function renderUnlockedPanel() {
  const log = createPreviewCallLog()
  const bridge = createPreviewBridge(log)
  await bridge.unlockStaff({ pin: PREVIEW_DEMO_PIN })
  const onClose = vi.fn()
  render(
    <I18nextProvider i18n={createKioskI18n()}>
      <BridgeContext.Provider value={bridge}>
        <StaffPanel onClose={onClose} />
      </BridgeContext.Provider>
    </I18nextProvider>,
  )
  await act(async () => {}) // the status answer
  return { onClose, log }
}

describe('the staff panel closes itself when left alone', () => {
  it('closes and locks after 60 s without a touch', async () => {
    const { onClose, log } = await renderUnlockedPanel()
    expect(screen.getByRole('dialog', { name: 'Staff panel' })).toBeVisible()
    act(() => vi.advanceTimersByTime(STAFF_PANEL_IDLE_MS - 1))
    expect(onClose).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(log.calls.map((call) => call.method)).toContain('lockStaff')
  })

  it('starts the minute again at every touch inside the panel', async () => {
    const { onClose } = await renderUnlockedPanel()
    const dialog = screen.getByRole('dialog', { name: 'Staff panel' })
    act(() => vi.advanceTimersByTime(STAFF_PANEL_IDLE_MS - 1000))
    act(() => {
      dialog.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    })
    act(() => vi.advanceTimersByTime(STAFF_PANEL_IDLE_MS - 1000))
    expect(onClose).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1000))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
