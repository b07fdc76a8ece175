import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { AccountHolderScreen } from '../../../renderer/features/account-holder/AccountHolderScreen'
import { CaregiverScreen } from '../../../renderer/features/account-holder/CaregiverScreen'
import { TeenScreen } from '../../../renderer/features/account-holder/TeenScreen'
import { publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

describe('Who is the account for?', () => {
  it('says "Me" is for adults 18+, the same rule as the schema', () => {
    renderWithKiosk(<AccountHolderScreen initial={null} onChoose={vi.fn()} onBack={vi.fn()} />)
    expect(screen.getByRole('radio', { name: 'Me' })).toHaveAccessibleDescription(
      /I am 18 or older/,
    )
  })

  it('offers me, someone I care for, and a teen 13–17', async () => {
    const onChoose = vi.fn()
    const { user } = renderWithKiosk(
      <AccountHolderScreen initial={null} onChoose={onChoose} onBack={vi.fn()} />,
    )
    const names = ['Me', 'Someone I care for', 'A teen aged 13 to 17']
    for (const name of names) expect(screen.getByRole('radio', { name })).toBeInTheDocument()
    expect(screen.getAllByRole('radio')).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Someone I care for' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onChoose).toHaveBeenCalledWith('caregiver')
  })

  it('remembers the earlier answer', () => {
    renderWithKiosk(<AccountHolderScreen initial="teen" onChoose={vi.fn()} onBack={vi.fn()} />)
    expect(
      screen.getByRole('radio', { name: 'A teen aged 13 to 17', checked: true }),
    ).toBeInTheDocument()
  })
})

describe('someone I care for (proxy access)', () => {
  it('explains proxy access and offers staff or an own account', async () => {
    const props = {
      onOwnAccount: vi.fn(),
      onTeenPath: vi.fn(),
      onStaffHelp: vi.fn(),
      onBack: vi.fn(),
    }
    const { user } = renderWithKiosk(<CaregiverScreen {...props} />)
    expect(screen.getByText(/18 or older/)).toBeInTheDocument()
    expect(screen.getByText(/official request process/)).toBeInTheDocument()
    expect(screen.getByText(/Don’t sign in with the other person’s/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ask staff about proxy access' }))
    await user.click(screen.getByRole('button', { name: 'Set up my own account' }))
    expect(props.onStaffHelp).toHaveBeenCalled()
    expect(props.onOwnAccount).toHaveBeenCalled()
  })

  it('offers a carer under 18 the teen path instead of a dead end', async () => {
    const props = {
      onOwnAccount: vi.fn(),
      onTeenPath: vi.fn(),
      onStaffHelp: vi.fn(),
      onBack: vi.fn(),
    }
    const { user } = renderWithKiosk(<CaregiverScreen {...props} />)
    expect(screen.getByText(/If you are 13 to 17/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'I am 13 to 17' }))
    expect(props.onTeenPath).toHaveBeenCalled()
  })
})

describe('a teen 13–17', () => {
  const props = () => ({ onContinueWithCode: vi.fn(), onStaffHelp: vi.fn(), onBack: vi.fn() })

  it('names the parent-present ways, with confirmed hours and menu option from the config', async () => {
    const handlers = props()
    const support = {
      ...publicConfig.support,
      hours: { en: '8 a.m. to 5 p.m. Central Time' },
      teenPhoneOption: '5',
    }
    const { user } = renderWithKiosk(<TeenScreen support={support} language="en" {...handlers} />)
    expect(
      screen.getByText(
        `Or call ${publicConfig.support.phone} (8 a.m. to 5 p.m. Central Time) with the parent or guardian present, and choose option 5.`,
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue with the teen’s code' }))
    expect(handlers.onContinueWithCode).toHaveBeenCalled()
  })

  it('shows no unconfirmed hours or menu option (the embedded default)', () => {
    renderWithKiosk(<TeenScreen support={publicConfig.support} language="en" {...props()} />)
    expect(
      screen.getByText(
        `Or call ${publicConfig.support.phone} with the parent or guardian present.`,
      ),
    ).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/option|a\.m\./)
  })

  it('leaves out the menu option when the clinic has none', () => {
    const support = { ...publicConfig.support, teenPhoneOption: undefined }
    renderWithKiosk(<TeenScreen support={support} language="es" {...props()} />, 'es')
    expect(screen.getByText(/con la madre, el padre o el tutor presente\.$/)).toBeInTheDocument()
    expect(screen.queryByText(/opción/)).toBeNull()
  })
})
