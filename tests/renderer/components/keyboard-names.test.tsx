import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { ActivationForm } from '../../../renderer/features/activation/ActivationForm'
import { renderWithKiosk } from '../support/render-with-kiosk'
import { typeOnScreen } from '../support/on-screen-typing'

// The names the issue names. They are typed into today's name fields (the pre-fill form variant
// of step 4 reuses the same keyboard wiring).
const names = ['St. John', 'Smith Jr.', 'Nguyễn', 'Øyvind', 'Şükrü', 'Anne-Marie', "O'Brien"]

function form(language: 'en' | 'es' = 'en') {
  return renderWithKiosk(
    <ActivationForm accountHolder="self" draft={null} onSubmit={vi.fn()} onBack={vi.fn()} />,
    language,
  )
}

describe('typing legal names on the on-screen keyboard', () => {
  it.each(names)('types “%s” exactly, by touch only', async (name) => {
    const { user } = form()
    const field = screen.getByLabelText('Legal last name')
    await user.click(field)
    await typeOnScreen(user, name)
    expect(field).toHaveValue(name)
  })

  it('also in Spanish', async () => {
    const { user } = form('es')
    const field = screen.getByLabelText('Nombre legal')
    await user.click(field)
    await typeOnScreen(user, 'Şükrü Nguyễn', 'es')
    expect(field).toHaveValue('Şükrü Nguyễn')
  })

  it('capitalises the start of each name part by itself, and Shift overrides it once', async () => {
    const { user } = form()
    const field = screen.getByLabelText('Legal first name')
    await user.click(field)
    const keyboard = screen.getByRole('region', { name: 'On-screen keyboard' })
    const tap = (name: string) => user.click(within(keyboard).getByRole('button', { name }))
    expect(within(keyboard).getByRole('button', { name: 'Shift', pressed: true })).toBeVisible()
    await tap('A')
    await tap('n')
    await tap('-')
    await tap('M') // after a hyphen
    await tap('a')
    await tap('Space')
    await tap('Shift') // "de", not "De"
    await tap('d')
    await tap('e')
    expect(field).toHaveValue('An-Ma de')
  })

  it('"Next" moves through the fields in screen order', async () => {
    const { user } = form()
    await user.click(screen.getByLabelText('Legal first name'))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByLabelText('Legal last name')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByLabelText('Month')).toHaveFocus()
  })

  it('date parts move on when full and never take a third digit (Spanish, in the US order)', async () => {
    const { user } = form('es')
    // The official US portal asks month, day, year, so the Spanish form does too (with a hint).
    await user.click(screen.getByLabelText('Mes'))
    const keyboard = () => screen.getByRole('region', { name: 'Teclado en pantalla' })
    const tap = (name: string) => user.click(within(keyboard()).getByRole('button', { name }))
    await tap('0')
    await tap('2')
    expect(screen.getByLabelText('Mes')).toHaveValue('02')
    expect(screen.getByLabelText('Día')).toHaveFocus()
    await tap('2')
    await tap('9')
    expect(screen.getByLabelText('Año')).toHaveFocus()
    for (const digit of '19845') await tap(digit)
    expect(screen.getByLabelText('Año')).toHaveValue('1984')
    // Back in a full part, a third digit is refused.
    await user.click(screen.getByLabelText('Día'))
    await tap('7')
    expect(screen.getByLabelText('Día')).toHaveValue('29')
  })

  it('shows the code in groups with a count of what is left, and has dash and space', async () => {
    const { user } = form()
    const field = screen.getByLabelText('Activation code')
    await user.click(field)
    await typeOnScreen(user, 'ABCDE-12345 FG')
    expect(field).toHaveValue('ABCDE-12345 FG')
    expect(screen.getByText('ABCDE-12345-FG')).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('3 characters left')
    await typeOnScreen(user, 'HIJ')
    expect(screen.getByRole('status')).toHaveTextContent('All 15 characters entered')
  })
})
