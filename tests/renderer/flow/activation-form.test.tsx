import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { activationErrorKeys } from '../../../shared/activation/activation-errors'
import { emptyActivationInput } from '../../../shared/activation/activation-schema'
import { ActivationForm } from '../../../renderer/features/activation/ActivationForm'
import { resources } from '../../../renderer/i18n/resources'
import { renderWithKiosk } from '../support/render-with-kiosk'

function form(language: 'en' | 'es' = 'en', accountHolder: 'self' | 'teen' | 'caregiver' = 'self') {
  const props = { onSubmit: vi.fn(), onBack: vi.fn() }
  const result = renderWithKiosk(
    <ActivationForm accountHolder={accountHolder} draft={null} {...props} />,
    language,
  )
  return { ...result, ...props }
}

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement

/** On the teen path the labels name the teen's details. */
async function fillValid(user: ReturnType<typeof form>['user'], teen = false) {
  await user.type(field('Activation code'), 'abcde 12345 fghij')
  await user.type(field(teen ? 'The teen’s legal first name' : 'Legal first name'), 'Zoë')
  await user.type(field(teen ? 'The teen’s legal last name' : 'Legal last name'), 'D’Angelo')
  await user.type(field('Month'), '2')
  await user.type(field('Day'), '29')
  await user.type(field('Year'), '1996')
  await user.type(field(teen ? 'The teen’s email address' : 'Email address'), 'zoe@example.org')
}

afterEach(() => vi.restoreAllMocks())

describe('the activation details form', () => {
  it('labels every field, and turns off autocomplete, spellcheck and the system keyboard', () => {
    form()
    const labels = [
      'Activation code',
      'Legal first name',
      'Legal last name',
      'Month',
      'Day',
      'Year',
      'Email address',
      'Mayo Clinic number (optional)',
    ]
    for (const label of labels) {
      const input = field(label)
      expect(input).toHaveAttribute('autocomplete', 'off')
      expect(input).toHaveAttribute('spellcheck', 'false')
      expect(input).toHaveAttribute('inputmode', 'none')
      expect(input).not.toHaveAttribute('maxlength')
    }
    expect(screen.getByRole('group', { name: 'Date of birth' })).toBeInTheDocument()
  })

  it('shows each error at its field, announced, and focuses the first invalid field', async () => {
    const { user, onSubmit } = form()
    await user.type(field('Legal first name'), 'R2D2')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
    const code = field('Activation code')
    expect(code).toHaveFocus()
    expect(code).toHaveAttribute('aria-invalid', 'true')
    expect(code).toHaveAccessibleDescription(/Enter your activation code\./)
    expect(field('Legal first name')).toHaveAccessibleDescription(
      /Use letters, spaces and the marks/,
    )
    expect(field('Month')).toHaveAccessibleDescription(/Enter the date of birth\./)
    expect(field('Mayo Clinic number (optional)')).toHaveAttribute('aria-invalid', 'false')
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent)
    expect(alerts).toEqual([
      'Enter your activation code.',
      'Use letters, spaces and the marks - ’ . , only.',
      'Enter your legal last name.',
      'Enter the date of birth.',
      'Enter your email address.',
    ])
    // Nothing is lost on a validation error.
    expect(field('Legal first name')).toHaveValue('R2D2')
  })

  it('asks Spanish speakers for the date in the US portal’s order, with a clear hint', async () => {
    const { user } = form('es')
    await user.type(field('Código de activación'), 'ABCDE12345FGHIJ')
    await user.type(field('Nombre legal'), 'Ana')
    await user.type(field('Apellido legal'), 'Núñez')
    await user.click(screen.getByRole('button', { name: 'Continuar' }))
    const parts = within(screen.getByRole('group', { name: 'Fecha de nacimiento' })).getAllByRole(
      'textbox',
    )
    expect(parts.map((part) => part.id.split('-').pop())).toEqual(['month', 'day', 'year'])
    expect(screen.getByText(/primero el mes, luego el día y el año/)).toBeInTheDocument()
    expect(field('Mes')).toHaveFocus()
    expect(screen.getByText('Escriba la fecha de nacimiento.')).toHaveAttribute('role', 'alert')
  })

  it('accepts a pasted code with spaces and lower case, and submits normalised details', async () => {
    const { user, onSubmit } = form()
    field('Activation code').focus()
    await user.paste(' abcde-12345 fghij ')
    expect(field('Activation code')).toHaveValue(' abcde-12345 fghij ')
    await user.type(field('Legal first name'), 'Zoë')
    // Leaving the field shows the canonical form.
    expect(field('Activation code')).toHaveValue('ABCDE-12345-FGHIJ')
    await user.type(field('Legal last name'), 'D’Angelo')
    await user.type(field('Month'), '2')
    await user.type(field('Day'), '29')
    await user.type(field('Year'), '1996')
    await user.type(field('Email address'), 'zoe@example.org')
    await user.type(field('Mayo Clinic number (optional)'), '12-345-678')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledWith(
      {
        accountHolder: 'self',
        activationCode: 'ABCDE-12345-FGHIJ',
        firstName: 'Zoë',
        lastName: 'D’Angelo',
        dateOfBirth: '1996-02-29',
        email: 'zoe@example.org',
        mayoClinicNumber: '12345678',
      },
      expect.objectContaining({ firstName: 'Zoë' }),
    )
  })

  it('applies the teen age rule on the teen branch', async () => {
    const { user, onSubmit } = form('en', 'teen')
    expect(screen.getByRole('note')).toHaveTextContent('Enter the teen’s details')
    await fillValid(user, true)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This person is 18 or older, so the account is their own adult account.',
    )
  })

  it('lets a code of another shape continue after one “please check it” note', async () => {
    const { user, onSubmit } = form()
    await fillValid(user)
    await user.clear(field('Activation code'))
    await user.type(field('Activation code'), 'ABC-123')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
    // (The keyboard's code line is a status too: find the note by its words.)
    expect(
      screen.getByText(
        /This code does not look like the usual kind \(3 groups of 5\)\. Please check it/,
      ),
    ).toHaveAttribute('role', 'status')
    expect(field('Activation code')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ activationCode: 'ABC-123' }),
      expect.anything(),
    )
  })

  it('offers the teen path when “Me” is chosen for someone under 18', async () => {
    const onChangeHolder = vi.fn()
    const { user } = renderWithKiosk(
      <ActivationForm
        accountHolder="self"
        draft={null}
        onSubmit={vi.fn()}
        onBack={vi.fn()}
        onChangeHolder={onChangeHolder}
      />,
    )
    await user.type(field('Activation code'), 'abcde 12345 fghij')
    await user.type(field('Legal first name'), 'Ana')
    await user.type(field('Legal last name'), 'Núñez')
    const year = String(new Date().getFullYear() - 15)
    await user.type(field('Month'), '1')
    await user.type(field('Day'), '1')
    await user.type(field('Year'), year)
    await user.type(field('Email address'), 'ana@example.org')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toHaveTextContent('“Me” is for adults, 18 or older.')
    await user.click(screen.getByRole('button', { name: 'Set up a teen account instead' }))
    expect(onChangeHolder).toHaveBeenCalledWith(
      'teen',
      expect.objectContaining({ firstName: 'Ana' }),
    )
  })

  it('types with the on-screen keyboard at the caret of the tapped field', async () => {
    const { user } = form()
    expect(screen.queryByRole('region', { name: 'On-screen keyboard' })).toBeNull()
    await user.click(field('Legal first name'))
    const keyboard = screen.getByRole('region', { name: 'On-screen keyboard' })
    // A name starts with a capital by itself.
    expect(within(keyboard).getByRole('button', { name: 'Shift', pressed: true })).toBeVisible()
    for (const key of ['J', 'o', 's', 'é'])
      await user.click(within(keyboard).getByRole('button', { name: key }))
    expect(field('Legal first name')).toHaveValue('José')
    await user.click(within(keyboard).getByRole('button', { name: 'Delete' }))
    expect(field('Legal first name')).toHaveValue('Jos')
    // The date fields get the digit keypad.
    await user.click(field('Year'))
    const keypad = screen.getByRole('region', { name: 'On-screen keyboard' })
    expect(within(keypad).queryByRole('button', { name: 'q' })).toBeNull()
    for (const key of ['1', '9', '8', '4'])
      await user.click(within(keypad).getByRole('button', { name: key }))
    expect(field('Year')).toHaveValue('1984')
    await user.click(within(keypad).getByRole('button', { name: 'Hide keyboard' }))
    expect(screen.queryByRole('region', { name: 'On-screen keyboard' })).toBeNull()
  })

  it('keeps values in React state only: nothing in storage, nothing sent to the bridge', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const { user, log } = form()
    await fillValid(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(setItem).not.toHaveBeenCalled()
    expect(JSON.stringify(log.calls)).not.toMatch(/zoe|Zoë|ABCDE/i)
    expect(window.location.href).not.toMatch(/zoe|ABCDE/i)
  })

  it('restores a draft and hands it back on Back', async () => {
    const onBack = vi.fn()
    const draft = { ...emptyActivationInput('self'), firstName: 'Ana' }
    const { user } = renderWithKiosk(
      <ActivationForm accountHolder="self" draft={draft} onSubmit={vi.fn()} onBack={onBack} />,
    )
    expect(field('Legal first name')).toHaveValue('Ana')
    await user.click(screen.getByRole('button', { name: /Back/ }))
    expect(onBack).toHaveBeenCalledWith(expect.objectContaining({ firstName: 'Ana' }))
  })

  it('has English and Spanish text for every error the schema can report', () => {
    for (const language of ['en', 'es'] as const) {
      for (const key of activationErrorKeys) {
        const [, fieldName, reason] = key.split('.') as [string, string, string]
        const errors = resources[language].activation.errors as Record<
          string,
          Record<string, string>
        >
        expect(errors[fieldName]?.[reason], `${language} ${key}`).toEqual(expect.any(String))
      }
    }
  })
})
