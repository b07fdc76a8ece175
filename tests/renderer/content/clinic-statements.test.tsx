import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { PublicConfig } from '../../../shared/config/public-config'
import { CaregiverScreen } from '../../../renderer/features/account-holder/CaregiverScreen'
import { TeenScreen } from '../../../renderer/features/account-holder/TeenScreen'
import { NoCodeScreen } from '../../../renderer/features/readiness/NoCodeScreen'
import { firstPortal, publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

/**
 * What the front desk does is the clinic's to state. A setting the clinic set (and IT
 * confirmed) is shown as a statement; without one the patient reads advice to ask, never a
 * promise. Each screen: the statement is present when set, absent when not.
 */
type FrontDesk = PublicConfig['frontDesk']
const on = vi.fn()

const screens = {
  noCode: (frontDesk: FrontDesk, language: 'en' | 'es' = 'en') =>
    renderWithKiosk(
      <NoCodeScreen
        portal={firstPortal()}
        support={publicConfig.support}
        frontDesk={frontDesk}
        language={language}
        onSelfSignup={on}
        onOfficialPage={on}
        onStaffHelp={on}
        onBack={on}
      />,
      language,
    ),
  caregiver: (frontDesk: FrontDesk, language: 'en' | 'es' = 'en') =>
    renderWithKiosk(
      <CaregiverScreen
        frontDesk={frontDesk}
        onOwnAccount={on}
        onTeenPath={on}
        onStaffHelp={on}
        onBack={on}
      />,
      language,
    ),
  teen: (frontDesk: FrontDesk, language: 'en' | 'es' = 'en') =>
    renderWithKiosk(
      <TeenScreen
        support={publicConfig.support}
        frontDesk={frontDesk}
        language={language}
        onContinueWithCode={on}
        onStaffHelp={on}
        onBack={on}
      />,
      language,
    ),
}

const cases = [
  {
    name: 'no code: a new activation code',
    render: screens.noCode,
    field: 'issuesActivationCodes',
    ask: 'Ask at the front desk whether they can help you get a new activation code.',
    yes: 'The front desk here can give you a new activation code.',
    no: 'The front desk here does not give out activation codes. Try one of the other ways.',
    yesEs: 'En la recepción de aquí le pueden dar un código de activación nuevo.',
  },
  {
    name: 'caregiver: the proxy-access request form',
    render: screens.caregiver,
    field: 'hasProxyRequestForms',
    ask: 'Ask at the front desk how to ask for proxy access here.',
    yes: 'The front desk here has the request form and can explain the steps.',
    no: 'The front desk here does not have the request form. Call the help line to ask how.',
    yesEs: 'En la recepción de aquí tienen el formulario y le pueden explicar los pasos.',
  },
  {
    name: 'teen: setting up the teen’s account',
    render: screens.teen,
    field: 'helpsSetUpTeenAccounts',
    ask: 'With the parent or guardian here, ask at the front desk whether they can help set it up.',
    yes: 'With the parent or guardian here, the front desk can help set it up.',
    no: 'The front desk here does not set up teen accounts. Use one of the other ways.',
    yesEs: 'Con la madre, el padre o el tutor aquí, en la recepción pueden ayudar a crearla.',
  },
] as const

describe('what the clinic states about its front desk', () => {
  it.each(cases)('$name: advice to ask when the clinic states nothing', (row) => {
    row.render({})
    expect(screen.getByText(row.ask)).toBeInTheDocument()
    expect(screen.queryByText(row.yes)).toBeNull()
    expect(screen.queryByText(row.no)).toBeNull()
  })

  it.each(cases)('$name: the statement when the clinic says yes (English and Spanish)', (row) => {
    const { unmount } = row.render({ [row.field]: true })
    expect(screen.getByText(row.yes)).toBeInTheDocument()
    expect(screen.queryByText(row.ask)).toBeNull()
    unmount()
    row.render({ [row.field]: true }, 'es')
    expect(screen.getByText(row.yesEs)).toBeInTheDocument()
  })

  it.each(cases)('$name: says the desk does not, when the clinic says no', (row) => {
    row.render({ [row.field]: false })
    expect(screen.getByText(row.no)).toBeInTheDocument()
    expect(screen.queryByText(row.yes)).toBeNull()
  })

  it('the embedded default states nothing yet (its front-desk settings await IT)', () => {
    expect(publicConfig.frontDesk).toEqual({})
    screens.noCode(publicConfig.frontDesk)
    expect(screen.getByText(cases[0].ask)).toBeInTheDocument()
  })
})
