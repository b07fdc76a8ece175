import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { DoneScreen } from '../../../renderer/features/done/DoneScreen'
import { HelpScreen } from '../../../renderer/features/help/HelpScreen'
import { SignInTroubleScreen } from '../../../renderer/features/sign-in-trouble/SignInTroubleScreen'
import { StaffHelpScreen } from '../../../renderer/features/staff-help/StaffHelpScreen'
import { PrivacyTipsScreen } from '../../../renderer/features/privacy-tips/PrivacyTipsScreen'
import { firstPortal, publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

describe('privacy and security tips', () => {
  it('covers passwords, passcodes, sharing, erasing and outside apps, then opens the portal', async () => {
    const onContinue = vi.fn()
    const { user } = renderWithKiosk(<PrivacyTipsScreen onContinue={onContinue} onBack={vi.fn()} />)
    const tips = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(tips).toEqual([
      expect.stringMatching(/strong password/),
      expect.stringMatching(/portal’s own sign-in page/),
      expect.stringMatching(/Never share/),
      expect.stringMatching(/official Mayo Clinic pages and apps/),
      expect.stringMatching(/erases everything from this kiosk/),
      expect.stringMatching(/that app’s own privacy rules apply/),
      expect.stringMatching(/your own device/),
    ])
    await user.click(screen.getByRole('button', { name: 'Open the official portal' }))
    expect(onContinue).toHaveBeenCalled()
  })

  it('does not call an address IT has not confirmed (`verify`) "official", in English and Spanish', () => {
    const { unmount } = renderWithKiosk(
      <PrivacyTipsScreen unverified onContinue={vi.fn()} onBack={vi.fn()} />,
    )
    expect(screen.getByRole('button', { name: 'Open the portal' })).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/official portal/i)
    unmount()
    renderWithKiosk(<PrivacyTipsScreen unverified onContinue={vi.fn()} onBack={vi.fn()} />, 'es')
    expect(screen.getByRole('button', { name: 'Abrir el portal' })).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/portal oficial/i)
  })
})

describe('the Done screen', () => {
  it('shows the official address as text and as a locally drawn QR code, then erases', async () => {
    const onErase = vi.fn()
    const address = firstPortal().signInUrl
    const { user } = renderWithKiosk(
      <DoneScreen address={address} onErase={onErase} countdownSeconds={20} />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'You’re all set' })).toBeInTheDocument()
    const qr = screen.getByRole('img', { name: `QR code of the address ${address}` })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
    expect(screen.getByText(address)).toBeInTheDocument()
    // No way back to the hand-off (the previous patient's portal).
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'I’m done — erase my session' }))
    expect(onErase).toHaveBeenCalled()
  })
})

describe('Help', () => {
  it('gives the help line and confirmed hours, and sends medical questions to the care team', () => {
    const hours = { en: '9 a.m. to 4 p.m.', es: 'De 9 a. m. a 4 p. m.' }
    renderWithKiosk(
      <HelpScreen support={{ ...publicConfig.support, hours }} language="es" onClose={vi.fn()} />,
      'es',
    )
    expect(screen.getByText(publicConfig.support.phone)).toBeInTheDocument()
    expect(screen.getByText(`Horario: ${hours.es}.`)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Preguntas sobre su salud' })).toBeInTheDocument()
    expect(screen.getByText(/hable con su equipo médico/)).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Tenga esto a mano cuando llame' }),
    ).toBeInTheDocument()
  })
})

describe('unconfirmed hours (the embedded default flags them "verify")', () => {
  it('shows the number but no hours in Help', () => {
    expect(publicConfig.support.hours).toBeUndefined()
    renderWithKiosk(<HelpScreen support={publicConfig.support} language="en" onClose={vi.fn()} />)
    expect(screen.getByText(publicConfig.support.phone)).toBeInTheDocument()
    expect(screen.queryByText(/^Open /)).toBeNull()
    expect(document.body.textContent).not.toMatch(/a\.m\.|p\.m\./)
  })
})

describe('Trouble signing in at home', () => {
  it('lists general steps and shows steps per browser', async () => {
    const onClose = vi.fn()
    const { user } = renderWithKiosk(
      <SignInTroubleScreen portals={publicConfig.portals} language="en" onClose={onClose} />,
    )
    for (const topic of [
      /cookies/i,
      /cache/i,
      /private browsing/i,
      /JavaScript/,
      /another browser/,
      /restart/i,
    ])
      expect(screen.getAllByText(topic).length).toBeGreaterThan(0)
    for (const browser of ['Chrome', 'Edge', 'Safari', 'Firefox']) {
      await user.click(screen.getByRole('radio', { name: browser }))
      expect(
        screen.getByRole('heading', { name: `What to look for in ${browser}` }),
      ).toBeInTheDocument()
    }
    // The cookie advice is for the portal's own site, never every site's cookies.
    await user.click(screen.getByRole('radio', { name: 'Chrome' }))
    expect(document.body.textContent).not.toMatch(/allow (them|third-party cookies)/i)
    expect(screen.getByText(/Allow cookies for the portal’s site\./)).toBeInTheDocument()
    // What to look for, never a menu path that changes between versions.
    expect(document.body.textContent).not.toMatch(/Delete browsing data|under Apps/)
    // The lookalike-site warning comes first.
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'Don’t search for the portal online.',
    )
    await user.click(screen.getByRole('button', { name: 'Back to where I was' }))
    expect(onClose).toHaveBeenCalled()
  })
})

describe('Help: the rest of the guide', () => {
  it('covers account recovery, a stranger in the account, and reopens “What you can do online”', async () => {
    const onShowFeatures = vi.fn()
    const { user } = renderWithKiosk(
      <HelpScreen
        support={publicConfig.support}
        language="en"
        onClose={vi.fn()}
        onShowFeatures={onShowFeatures}
      />,
    )
    expect(
      screen.getByRole('heading', { name: 'Forgot your username or password?' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/look for a link like “Help”, “Assistance” or “Account Recovery”/),
    ).toBeInTheDocument()
    expect(screen.getByText(/you may have to wait before you can get in/)).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Think someone else got into your account?' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Change your password right away/)).toBeInTheDocument()
    // An employee sign-in page is something a patient can meet while signing in at home.
    expect(screen.getByRole('note')).toHaveTextContent(
      'A sign-in page that asks for a “LAN ID” is for employees, not patients.',
    )
    await user.click(screen.getByRole('button', { name: 'What you can do online' }))
    expect(onShowFeatures).toHaveBeenCalled()
  })
})

describe('Get staff help', () => {
  it('shows a message for staff, in English too when the patient uses Spanish', () => {
    renderWithKiosk(<StaffHelpScreen onClose={vi.fn()} />, 'es')
    expect(screen.getByRole('status')).toHaveTextContent('Personal: este paciente necesita ayuda')
    expect(screen.getByText(/^Staff: this patient would like help/)).toHaveAttribute('lang', 'en')
  })

  it('tells main the patient asked for help, so a staff unlock gives them more time', async () => {
    const { log } = renderWithKiosk(<StaffHelpScreen onClose={vi.fn()} />)
    expect(screen.getByText(/you get more time before the kiosk erases/)).toBeInTheDocument()
    await vi.waitFor(() =>
      expect(log.calls.map((call) => call.method)).toContain('requestStaffHelp'),
    )
  })
})
