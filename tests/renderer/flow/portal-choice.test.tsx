import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { NotSureScreen } from '../../../renderer/features/portal-choice/NotSureScreen'
import { PortalChoiceScreen } from '../../../renderer/features/portal-choice/PortalChoiceScreen'
import { publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

function choice(language: 'en' | 'es' = 'en') {
  const props = { onChoose: vi.fn(), onNotSure: vi.fn(), onBack: vi.fn() }
  const result = renderWithKiosk(
    <PortalChoiceScreen
      portals={publicConfig.portals}
      language={language}
      initial={null}
      {...props}
    />,
    language,
  )
  return { ...result, ...props }
}

describe('Where do you get care?', () => {
  it('offers the configured portals (name and description) and "not sure" as one radio group', () => {
    choice()
    expect(screen.getByRole('heading', { level: 1, name: 'Where do you get care?' })).toHaveFocus()
    const group = screen.getByRole('radiogroup', { name: 'Choose one' })
    const radios = within(group).getAllByRole('radio')
    expect(radios.map((radio) => radio.getAttribute('aria-checked'))).toEqual([
      'false',
      'false',
      'false',
    ])
    expect(screen.getByRole('radio', { name: 'Mayo Clinic' })).toHaveAccessibleDescription(
      /^Patient Online Services, for care at Mayo Clinic/,
    )
    expect(
      screen.getByRole('radio', { name: 'Mayo Clinic Health System' }),
    ).toHaveAccessibleDescription(/Minnesota, Wisconsin and Iowa/)
    expect(screen.getByRole('radio', { name: 'I’m not sure' })).toBeInTheDocument()
    // Step 1 does not mention LAN IDs: the note is in Help and the blocked-page message.
    expect(document.body.textContent).not.toMatch(/LAN ID/)
  })

  it('asks for an answer before going on, then reports the portal id', async () => {
    const { user, onChoose } = choice()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Please choose one answer first.')
    expect(onChoose).not.toHaveBeenCalled()
    await user.click(screen.getByRole('radio', { name: 'Mayo Clinic Health System' }))
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onChoose).toHaveBeenCalledWith('mayo-clinic-health-system')
  })

  it('moves between answers with the arrow keys, like native radios', async () => {
    const { user } = choice()
    await user.click(screen.getByRole('radio', { name: 'Mayo Clinic' }))
    await user.keyboard('{ArrowDown}')
    expect(
      screen.getByRole('radio', { name: 'Mayo Clinic Health System', checked: true }),
    ).toHaveFocus()
  })

  it('sends "not sure" to the helper, and Back goes back', async () => {
    const { user, onNotSure, onBack } = choice('es')
    await user.click(screen.getByRole('radio', { name: 'No estoy seguro' }))
    await user.click(screen.getByRole('button', { name: 'Continuar' }))
    await user.click(screen.getByRole('button', { name: /Atrás/ }))
    expect(onNotSure).toHaveBeenCalled()
    expect(onBack).toHaveBeenCalled()
  })
})

describe('Which portal is yours? (the decision rule)', () => {
  it('lists the longer name first, since "Mayo Clinic Health System" contains "Mayo Clinic"', async () => {
    const onChoose = vi.fn()
    const onStaffHelp = vi.fn()
    const { user } = renderWithKiosk(
      <NotSureScreen
        config={publicConfig}
        language="en"
        onChoose={onChoose}
        onStaffHelp={onStaffHelp}
        onBack={vi.fn()}
      />,
    )
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '“Mayo Clinic Health System”',
      '“Mayo Clinic”',
    ])
    expect(
      screen.getByText(/your visit papers, a bill, or your activation message/),
    ).toBeInTheDocument()
    expect(screen.getByText(new RegExp(publicConfig.support.phone))).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Choose Mayo Clinic' }))
    await user.click(screen.getByRole('button', { name: 'Ask staff to look it up' }))
    expect(onChoose).toHaveBeenCalledWith('mayo-clinic')
    expect(onStaffHelp).toHaveBeenCalled()
  })
})
