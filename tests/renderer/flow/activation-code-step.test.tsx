import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { DEFAULT_CODE_SHAPE } from '../../../shared/activation/activation-code'
import { ActivationCodeStep } from '../../../renderer/features/activation/ActivationCodeStep'
import { renderWithKiosk } from '../support/render-with-kiosk'

function step(language: 'en' | 'es' = 'en', shape = DEFAULT_CODE_SHAPE) {
  const props = { onSubmit: vi.fn(), onBack: vi.fn() }
  const result = renderWithKiosk(
    <ActivationCodeStep codeShape={shape} draft={null} {...props} />,
    language,
  )
  return { ...result, ...props }
}

const codeField = (label = 'Activation code') =>
  screen.getByLabelText(label, { exact: true }) as HTMLInputElement

describe('step 4 without pre-fill: the activation code only (minimum necessary)', () => {
  it('has one field, the code, and lists what the official page will ask', () => {
    const { container } = step()
    expect(container.querySelectorAll('input')).toHaveLength(1)
    expect(codeField()).toHaveAttribute('autocomplete', 'off')
    expect(codeField()).toHaveAttribute('inputmode', 'none')
    const asks = screen.getByRole('region', { name: 'The portal page will ask for' })
    expect(
      within(asks)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Your legal name, as it is on your ID',
      'Your date of birth',
      'Your email address',
      'Your Mayo Clinic number, if you know it',
      'Your phone or email, to get a one-time passcode',
    ])
    // The wording names the one use the kiosk makes of the code.
    expect(screen.getByText(/tap “Insert my activation code”/)).toBeInTheDocument()
  })

  it('normalises a code of the usual shape (case and separators do not matter)', async () => {
    const { user, onSubmit } = step()
    await user.type(codeField(), 'abcde 12345–fghij')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledWith('ABCDE-12345-FGHIJ', 'ABCDE-12345-FGHIJ')
  })

  it('lets another shape continue after a “please check it” note', async () => {
    const { user, onSubmit } = step()
    await user.type(codeField(), 'X7-Q2')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
    // (The keyboard's code line is a status too: find the note by its words.)
    expect(screen.getByText(/Please check it/)).toHaveAttribute('role', 'status')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledWith('X7-Q2', 'X7-Q2')
  })

  it('asks again when the code changes after the note', async () => {
    const { user, onSubmit } = step()
    await user.type(codeField(), 'X7-Q2')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(codeField(), 'Z')
    expect(screen.queryByText(/Please check it/)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('follows the portal’s configured shape in its hint and its check', async () => {
    const { user, onSubmit } = step('en', { groups: 4, groupLength: 4 })
    expect(codeField()).toHaveAccessibleDescription(/Often 4 groups of 4 letters and numbers/)
    await user.type(codeField(), 'abcd efgh jklm npqr')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onSubmit).toHaveBeenCalledWith('ABCD-EFGH-JKLM-NPQR', expect.any(String))
  })

  it('refuses only an empty code, in Spanish too', async () => {
    const { user, onSubmit } = step('es')
    await user.click(screen.getByRole('button', { name: 'Continuar' }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('Escriba su código de activación.')
    expect(codeField('Código de activación')).toHaveFocus()
  })

  it('types with the on-screen code keyboard', async () => {
    const { user } = step()
    await user.click(codeField())
    const keyboard = screen.getByRole('region', { name: 'On-screen keyboard' })
    for (const key of ['A', '1'])
      await user.click(within(keyboard).getByRole('button', { name: key }))
    expect(codeField()).toHaveValue('A1')
  })
})
