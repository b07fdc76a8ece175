import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'

import { SessionStatusScreen } from '../../renderer/features/session-status/SessionStatusScreen'
import { createKioskI18n } from '../../renderer/i18n/i18n'

const renderStatus = (status: 'loading' | 'wiping' | 'out-of-order') =>
  render(
    <I18nextProvider i18n={createKioskI18n()}>
      <SessionStatusScreen status={status} />
    </I18nextProvider>,
  )

describe('the out-of-order sign', () => {
  it('is calm, says where to go, and offers every translated language in its own words', async () => {
    const user = userEvent.setup()
    renderStatus('out-of-order')
    expect(screen.getByRole('heading', { level: 1, name: 'This kiosk is resting' })).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('Please see the front desk.')
    const group = screen.getByRole('group', { name: 'Language' })
    expect(group.querySelectorAll('button[lang]')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Español' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Este quiosco está descansando' }),
    ).toBeVisible()
  })

  it('the waiting screens announce themselves and offer nothing to tap', () => {
    renderStatus('wiping')
    expect(screen.getByRole('status')).toHaveTextContent('Everything you entered is being erased.')
    expect(screen.queryByRole('button')).toBeNull()
  })
})
