import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { DEFAULT_CODE_SHAPE } from '../../../shared/activation/activation-code'
import { toActivationInput } from '../../../shared/activation/activation-schema'
import { defaultConfig } from '../../../shared/config/default-config'
import { parseConfig } from '../../../shared/config/kiosk-config'
import { toPublicConfig } from '../../../shared/config/public-config'
import { toPrefillValues } from '../../../electron/main/ipc/portal-ipc'
import { ActivationCodeStep } from '../../../renderer/features/activation/ActivationCodeStep'
import { ActivationForm } from '../../../renderer/features/activation/ActivationForm'
import { renderWithKiosk } from '../support/render-with-kiosk'

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement

describe('the full form asks only for what the portal’s form can take', () => {
  it('the public configuration names the fields that have a selector', () => {
    const withSelectors = structuredClone(defaultConfig) as unknown as Record<string, unknown>
    const portals = withSelectors['portals'] as Record<string, unknown>[]
    portals[0] = { ...portals[0], prefillSelectors: { firstName: '#first', lastName: '#last' } }
    const parsed = parseConfig(withSelectors)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    const [mayo, health] = toPublicConfig(parsed.config).portals
    expect(mayo).toMatchObject({ canPrefill: true, prefillFields: ['firstName', 'lastName'] })
    expect(health).toMatchObject({ canPrefill: false, prefillFields: [] })
  })

  it('with selectors for the names only: the code and the names, and a list of the rest', async () => {
    const onSubmit = vi.fn()
    const { user, container } = renderWithKiosk(
      <ActivationForm
        accountHolder="self"
        asked={['firstName', 'lastName']}
        draft={null}
        onSubmit={onSubmit}
        onBack={vi.fn()}
      />,
    )
    expect(
      [...container.querySelectorAll('input')].map((input) => input.labels?.[0]?.textContent),
    ).toEqual(['Activation code', 'Legal first name', 'Legal last name'])
    expect(screen.queryByRole('group', { name: 'Date of birth' })).toBeNull()
    const also = screen.getByRole('region', { name: 'The portal page will also ask for' })
    expect(
      within(also)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Your date of birth',
      'Your email address',
      'Your Mayo Clinic number, if you know it',
      'Your phone or email, to get a one-time passcode',
    ])
    await user.type(field('Activation code'), 'abcde12345fghij')
    await user.type(field('Legal first name'), 'Ana')
    await user.type(field('Legal last name'), 'Ruiz')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    const details = onSubmit.mock.calls[0]?.[0]
    expect(details).toEqual({
      accountHolder: 'self',
      activationCode: 'ABCDE-12345-FGHIJ',
      firstName: 'Ana',
      lastName: 'Ruiz',
    })
    // What crosses to main and into the official form: only what was asked.
    expect(toActivationInput(details)).toEqual({
      accountHolder: 'self',
      activationCode: 'ABCDE-12345-FGHIJ',
      firstName: 'Ana',
      lastName: 'Ruiz',
    })
    expect(toPrefillValues(details)).toEqual({
      activationCode: 'ABCDE-12345-FGHIJ',
      firstName: 'Ana',
      lastName: 'Ruiz',
    })
  })

  it('a field it does ask for is still required', async () => {
    const onSubmit = vi.fn()
    const { user } = renderWithKiosk(
      <ActivationForm
        accountHolder="self"
        asked={['email']}
        draft={null}
        onSubmit={onSubmit}
        onBack={vi.fn()}
      />,
    )
    await user.type(field('Activation code'), 'abcde12345fghij')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText('Enter your email address.')).toBeInTheDocument()
  })
})

describe('the teen path names the teen’s details', () => {
  it('the code step lists the teen’s details for the official page, not “your”', () => {
    renderWithKiosk(
      <ActivationCodeStep
        codeShape={DEFAULT_CODE_SHAPE}
        forTeen
        draft={null}
        onSubmit={vi.fn()}
        onBack={vi.fn()}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The teen’s activation code',
    )
    const asks = screen.getByRole('region', { name: 'The portal page will ask for' })
    expect(
      within(asks)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'The teen’s legal name, as it is on their ID',
      'Their date of birth',
      'The teen’s email address',
      'Their Mayo Clinic number, if you know it',
      'A phone or email, to get a one-time passcode',
    ])
    expect(asks.textContent).not.toMatch(/\bYour\b/)
  })

  it('in Spanish, the code step names the teen', () => {
    renderWithKiosk(
      <ActivationCodeStep
        codeShape={DEFAULT_CODE_SHAPE}
        forTeen
        draft={null}
        onSubmit={vi.fn()}
        onBack={vi.fn()}
      />,
      'es',
    )
    expect(
      screen.getByText('El nombre legal del adolescente, como aparece en su identificación'),
    ).toBeInTheDocument()
    expect(screen.getByText('La fecha de nacimiento del adolescente')).toBeInTheDocument()
  })

  it('the full form’s labels name the teen’s details', () => {
    renderWithKiosk(
      <ActivationForm accountHolder="teen" draft={null} onSubmit={vi.fn()} onBack={vi.fn()} />,
    )
    expect(field('The teen’s legal first name')).toBeInTheDocument()
    expect(field('The teen’s legal last name')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Their date of birth' })).toBeInTheDocument()
    expect(field('The teen’s email address')).toBeInTheDocument()
    expect(screen.queryByLabelText('Legal first name', { exact: true })).toBeNull()
  })

  it('the self path keeps “your”', () => {
    renderWithKiosk(
      <ActivationCodeStep
        codeShape={DEFAULT_CODE_SHAPE}
        draft={null}
        onSubmit={vi.fn()}
        onBack={vi.fn()}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your activation code')
    expect(screen.getByText('Your legal name, as it is on your ID')).toBeInTheDocument()
  })
})
