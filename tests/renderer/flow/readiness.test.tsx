import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { NoCodeScreen } from '../../../renderer/features/readiness/NoCodeScreen'
import {
  noReadinessAnswers,
  ReadinessScreen,
} from '../../../renderer/features/readiness/ReadinessScreen'
import { firstPortal, publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

describe('Do you have what you need?', () => {
  it('needs the code question answered, and reports every answer', async () => {
    const onContinue = vi.fn()
    const { user } = renderWithKiosk(
      <ReadinessScreen initial={noReadinessAnswers} onContinue={onContinue} onBack={vi.fn()} />,
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toHaveTextContent('do you have an activation code?')
    await user.click(screen.getByRole('radio', { name: 'No, or my code has expired' }))
    const passcode = screen.getByRole('radiogroup', {
      name: 'Do you have your phone or email with you?',
    })
    await user.click(within(passcode, 'Not right now'))
    expect(screen.getByText(/You can still start/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onContinue).toHaveBeenCalledWith({
      hasCode: false,
      hasPasscodeDevice: false,
      knowsMayoNumber: null,
    })
  })
})

function within(group: HTMLElement, name: string): HTMLElement {
  const radio = [...group.querySelectorAll<HTMLElement>('[role="radio"]')].find(
    (element) => element.textContent === name,
  )
  if (radio === undefined) throw new Error(`no radio ${name}`)
  return radio
}

describe('No code? (never a dead end)', () => {
  const handlers = () => ({
    onSelfSignup: vi.fn(),
    onOfficialPage: vi.fn(),
    onStaffHelp: vi.fn(),
    onBack: vi.fn(),
  })
  const portal = firstPortal()

  it('offers staff, the phone line and the official page when there is no self sign-up', async () => {
    const props = handlers()
    const { user } = renderWithKiosk(
      <NoCodeScreen portal={portal} support={publicConfig.support} language="en" {...props} />,
    )
    expect(screen.queryByRole('button', { name: 'Sign up without a code' })).toBeNull()
    // The default's hours are unconfirmed, so only the number is given.
    expect(
      screen.getByText('Call 1-877-858-0398. The help line helps with activation problems.'),
    ).toBeInTheDocument()
    // Without a self sign-up address, the portal's own page may still let them go on.
    expect(screen.getByText(/Some sign-up pages let you go on without a code/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ask staff for help' }))
    // The default's address is unconfirmed (`verify`): the page is not called official.
    expect(portal.verify).toBe(true)
    expect(
      screen.getByText('Open the Mayo Clinic page here and follow its steps.'),
    ).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/official/i)
    await user.click(screen.getByRole('button', { name: 'Open the portal page' }))
    expect(props.onStaffHelp).toHaveBeenCalled()
    expect(props.onOfficialPage).toHaveBeenCalled()
  })

  it('calls a confirmed address official, in English and Spanish', () => {
    const confirmed = { ...portal, verify: false }
    const { unmount } = renderWithKiosk(
      <NoCodeScreen
        portal={confirmed}
        support={publicConfig.support}
        language="en"
        {...handlers()}
      />,
    )
    expect(
      screen.getByText('Open the official Mayo Clinic page here and follow its steps.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open the official page' })).toBeInTheDocument()
    unmount()
    renderWithKiosk(
      <NoCodeScreen
        portal={confirmed}
        support={publicConfig.support}
        language="es"
        {...handlers()}
      />,
      'es',
    )
    expect(screen.getByRole('button', { name: 'Abrir la página oficial' })).toBeInTheDocument()
  })

  it('in Spanish, an unconfirmed address is not called official either', () => {
    renderWithKiosk(
      <NoCodeScreen portal={portal} support={publicConfig.support} language="es" {...handlers()} />,
      'es',
    )
    expect(screen.getByRole('button', { name: 'Abrir la página del portal' })).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/oficial/i)
  })

  it('offers self sign-up first where the portal has it', async () => {
    const props = handlers()
    const { user } = renderWithKiosk(
      <NoCodeScreen
        portal={{ ...portal, selfSignupUrl: 'https://onlineservices.mayoclinic.org/signup' }}
        support={publicConfig.support}
        language="es"
        {...props}
      />,
      'es',
    )
    await user.click(screen.getByRole('button', { name: 'Registrarme sin código' }))
    expect(props.onSelfSignup).toHaveBeenCalled()
  })
})
