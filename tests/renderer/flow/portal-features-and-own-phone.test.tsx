import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { OwnPhoneScreen } from '../../../renderer/features/own-phone/OwnPhoneScreen'
import { PortalFeaturesScreen } from '../../../renderer/features/portal-features/PortalFeaturesScreen'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { renderApp } from '../support/render-app'
import { publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

describe('What you can do online', () => {
  it('covers every topic of the guide, in plain words', async () => {
    const onContinue = vi.fn()
    const { user } = renderWithKiosk(
      <PortalFeaturesScreen onContinue={onContinue} onBack={vi.fn()} />,
    )
    const text = document.body.textContent ?? ''
    for (const topic of [
      /test results/,
      /notes from your care team/,
      /list of medicines/,
      /summaries of your visits/,
      /upcoming appointments/,
      /by video/,
      /account number from your bill and the patient’s date of birth/,
      /guarantor ID/,
      /contact details and how you get bills/,
      /refills of some prescriptions, also at some Mayo Clinic pharmacies/,
      /all your requests in one place/,
      /Not every medicine can be refilled online/,
      /billing notices/,
      /private inbox for messages about your care/,
      /call your care team or pharmacy/,
      /check that you trust the app/,
      /that app’s own privacy rules apply/,
      /and how you sign in, may be different where you get care/,
    ])
      expect(text).toMatch(topic)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onContinue).toHaveBeenCalled()
  })

  it('is complete in Spanish', () => {
    renderWithKiosk(<PortalFeaturesScreen onClose={vi.fn()} />, 'es')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Lo que puede hacer en línea' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/número de garante/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Volver a donde estaba' })).toBeInTheDocument()
  })
})

describe('Finish on your own phone', () => {
  const address = publicConfig.portals[1]?.signUpUrl ?? ''

  it('shows the sign-up address as a QR code with nothing personal, and what the page will ask', async () => {
    const onEndHere = vi.fn()
    const { user } = renderWithKiosk(
      <OwnPhoneScreen address={address} informationPage onEndHere={onEndHere} onBack={vi.fn()} />,
    )
    expect(
      screen.getByRole('img', { name: `QR code of the address ${address}` }),
    ).toBeInTheDocument()
    expect(screen.getByText(/information page about the portal/)).toBeInTheDocument()
    expect(screen.getByText(/Don’t search for the portal online/)).toBeInTheDocument()
    const asks = screen.getByRole('region', { name: 'The portal page will ask for' })
    expect(within(asks).getAllByRole('listitem')).toHaveLength(5)
    await user.click(screen.getByRole('button', { name: 'End my session here' }))
    expect(onEndHere).toHaveBeenCalled()
  })
})

describe('the flow through them', { timeout: 20_000 }, () => {
  async function toPrivacyTips(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    await user.click(await screen.findByRole('radio', { name: 'Mayo Clinic' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('radio', { name: 'Me' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('radio', { name: 'Yes, I have my code' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(await screen.findByLabelText('Activation code'), 'ABCDE12345FGHIJ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'What you can do online' })
    expect(screen.getByText('Step 5 of 7')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Keep your account safe' })
  }

  it('“Finish on my own phone instead” ends the session with its own reason', async () => {
    const log = createPreviewCallLog()
    const { user } = renderApp(createPreviewBridge(log))
    await toPrivacyTips(user)
    await user.click(screen.getByRole('button', { name: 'Finish on my own phone instead' }))
    await screen.findByRole('heading', { level: 1, name: 'Finish on your own phone' })
    const qr = screen.getByRole('img', { name: /^QR code of the address / })
    expect(qr).toHaveAccessibleName(`QR code of the address ${publicConfig.portals[0]?.signUpUrl}`)
    await user.click(screen.getByRole('button', { name: 'End my session here' }))
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(log.calls).toEqual([{ method: 'endSession', request: { reason: 'own-phone' } }])
  })

  it('Help reopens “What you can do online” at any step', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Touch to begin' }))
    await user.click(await screen.findByRole('button', { name: 'Help' }))
    await user.click(screen.getByRole('button', { name: 'What you can do online' }))
    expect(screen.getByRole('heading', { level: 1, name: 'What you can do online' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Back to where I was' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'Where do you get care?' }),
    ).toBeInTheDocument()
  })
})
