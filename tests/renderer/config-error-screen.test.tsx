import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { createPreviewBridge } from '../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../renderer/bridge/preview/preview-call-log'
import { BROKEN_SAMPLE_PATH } from '../../renderer/bridge/preview/preview-config'
import { renderApp } from './support/render-app'

function renderBroken() {
  return renderApp(createPreviewBridge(createPreviewCallLog(), { search: '?config=broken' }))
}

describe('the "not configured" screen', () => {
  it('locks the kiosk and lists every problem with its path, plus the file', async () => {
    renderBroken()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This kiosk is not set up yet' }),
    ).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: '3 problems' })
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
    expect(screen.getByText(BROKEN_SAMPLE_PATH)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
  })

  it('checks the file again on request and says it is still broken', async () => {
    const { user, log } = renderBroken()
    await user.click(await screen.findByRole('button', { name: 'Check the file again' }))
    expect(await screen.findByText('The file still has problems.')).toBeInTheDocument()
    expect(log.calls).toEqual([])
  })

  it('switches to Spanish; the problems stay marked as English', async () => {
    const { user } = renderBroken()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'Este quiosco todavía no está configurado' }),
    ).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: '3 problemas' })
    expect(list).toHaveAttribute('lang', 'en')
  })
})
