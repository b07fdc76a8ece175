import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { createPreviewBridge } from '../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../renderer/bridge/preview/preview-call-log'
import { BROKEN_SAMPLE_PATH } from '../../renderer/bridge/preview/preview-config'
import { renderApp } from './support/render-app'

function renderBroken() {
  return renderApp(createPreviewBridge(createPreviewCallLog(), { search: '?config=broken' }))
}

/** The staff gesture's keyboard form (features/staff/tap-gesture.ts). */
const staffChord = () =>
  fireEvent.keyDown(document, { code: 'KeyK', ctrlKey: true, altKey: true, shiftKey: true })

describe('the "not configured" screen', () => {
  it('shows patients a calm sign with no technical words, and no way to start', async () => {
    renderBroken()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This kiosk is resting' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Please see the front desk. They will be glad to help you.'),
    ).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Touch to begin' })).toBeNull()
    expect(screen.queryByRole('list')).toBeNull()
    expect(document.body.textContent).not.toContain(BROKEN_SAMPLE_PATH)
    expect(document.body.textContent).not.toContain('idleSeconds')
  })

  it('the staff gesture opens every problem with its path, plus the file', async () => {
    renderBroken()
    await screen.findByRole('heading', { level: 1, name: 'This kiosk is resting' })
    staffChord()
    const dialog = await screen.findByRole('dialog', { name: 'This kiosk is not set up yet' })
    const list = await within(dialog).findByRole('list', { name: '3 problems' })
    expect(list).toHaveAttribute('lang', 'en')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'timing.idleSeconds must be at least 30',
      'portals.0.signUpUrl must be an absolute https:// address without a user name or password',
      'clinicNmae is not a known setting (check the spelling)',
    ])
    expect(within(dialog).getByText(BROKEN_SAMPLE_PATH)).toBeInTheDocument()
  })

  it('checks the file again on request and says it is still broken; Close hides the details', async () => {
    const { user, log } = renderBroken()
    await screen.findByRole('heading', { level: 1, name: 'This kiosk is resting' })
    staffChord()
    await user.click(await screen.findByRole('button', { name: 'Check the file again' }))
    expect(await screen.findByText('The file still has problems.')).toBeInTheDocument()
    expect(log.calls).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('switches the sign to Spanish; the staff details stay in the staff language', async () => {
    const { user } = renderBroken()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'Este quiosco está descansando' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Español', pressed: true })).toHaveAttribute(
      'lang',
      'es',
    )
    staffChord()
    const dialog = await screen.findByRole('dialog', { name: 'This kiosk is not set up yet' })
    expect(await within(dialog).findByRole('list', { name: '3 problems' })).toHaveAttribute(
      'lang',
      'en',
    )
  })
})
