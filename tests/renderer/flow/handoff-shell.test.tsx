import { act, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'

import { ipcFail } from '../../../shared/ipc/ipc-result'
import type { ShellStatus } from '../../../shared/ipc/shell-status'
import {
  HandoffScreen,
  type HandoffScreenProps,
} from '../../../renderer/features/handoff/HandoffScreen'
import { StaffShellDetails } from '../../../renderer/features/staff/StaffShellDetails'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { firstPortal, renderWithKiosk } from '../support/render-with-kiosk'

const portal = firstPortal()

function handoff(language: 'en' | 'es' = 'en', overrides: Partial<HandoffScreenProps> = {}) {
  const props: HandoffScreenProps = {
    portal,
    entry: 'sign-up',
    activationCode: 'ABCDE-12345-FGHIJ',
    keyboardOpen: false,
    onKeyboardOpenChange: vi.fn(),
    covered: false,
    onFinished: vi.fn(),
    onHelp: vi.fn(),
    onBack: vi.fn(),
    ...overrides,
  }
  return renderWithKiosk(<HandoffScreen {...props} />, language)
}

describe('what the shell tells the patient on the hand-off step', () => {
  it('shows a calm notice when part of the official page was blocked; the page stays', async () => {
    const { portal: preview, log } = handoff()
    await screen.findByText(portal.signUpUrl)
    expect(screen.queryByText(/Part of the portal page was not shown/)).toBeNull()
    act(() => preview.simulate({ state: 'ready', partBlocked: true }))
    const notice = screen.getByText(/Part of the portal page was not shown/)
    expect(notice).toHaveAttribute('role', 'status')
    expect(notice).toHaveTextContent('Get staff help')
    expect(screen.queryByRole('alert')).toBeNull()
    const bounds = log.calls.filter((call) => call.method === 'setPortalBounds')
    expect(bounds.at(-1)?.request).toMatchObject({ visible: true })
  })

  it('says it in Spanish too', async () => {
    const { portal: preview } = handoff('es')
    await screen.findByText(portal.signUpUrl)
    act(() => preview.simulate({ state: 'loading', partBlocked: true }))
    expect(screen.getByText(/no se mostró en este quiosco/)).toHaveTextContent(
      'Pedir ayuda al personal',
    )
  })

  it('tells the patient plainly when the field they chose cannot be reached', async () => {
    const { bridge, user } = handoff('en', { keyboardOpen: true })
    await screen.findByText(portal.signUpUrl)
    Object.assign(bridge, {
      typeIntoPortal: () => Promise.resolve(ipcFail('rejected', 'field-unreachable')),
    })
    await user.click(screen.getByRole('button', { name: 'x' }))
    expect(
      await screen.findByText(/can’t type into this box of the portal page/),
    ).toHaveTextContent('Get staff help')
    Object.assign(bridge, { typeIntoPortal: () => Promise.resolve({ ok: true, value: null }) })
    await user.click(screen.getByRole('button', { name: 'y' }))
    await vi.waitFor(() => expect(screen.queryByText(/can’t type into this box/)).toBeNull())
  })

  it('asks the patient to pick a field first when none is focused', async () => {
    const { bridge, user } = handoff('es', { keyboardOpen: true })
    await screen.findByText(portal.signUpUrl)
    Object.assign(bridge, {
      pressPortalKey: () => Promise.resolve(ipcFail('rejected', 'no-field-focused')),
    })
    await user.click(screen.getByRole('button', { name: 'Campo siguiente' }))
    expect(await screen.findByText(/Primero toque la casilla/)).toBeInTheDocument()
  })
})

describe('the staff panel’s restart and blocked-parts section', () => {
  const shell: ShellStatus = {
    dailyRestartHour: 3,
    restartAfterSessions: 100,
    sessionsSinceStart: 12,
    blockedFrames: [
      { origin: 'https://www.google.com', count: 4 },
      { origin: 'https://idv.example', count: 1 },
    ],
  }
  const renderIn = (language: 'en' | 'es', value: ShellStatus) => {
    const i18n = createKioskI18n(language)
    return render(
      <I18nextProvider i18n={i18n}>
        <StaffShellDetails shell={value} />
      </I18nextProvider>,
    )
  }

  it('shows the restart choice and the blocked origins with their counts', () => {
    renderIn('en', shell)
    expect(screen.getByText(/Every day at 03:00/)).toBeInTheDocument()
    expect(screen.getByText('100 patients (so far: 12)')).toBeInTheDocument()
    expect(screen.getByText('https://www.google.com × 4')).toBeInTheDocument()
    expect(screen.getByText('https://idv.example × 1')).toBeInTheDocument()
  })

  it('shows an opted-out daily restart and no blocked parts, in Spanish', () => {
    renderIn('es', { ...shell, dailyRestartHour: null, blockedFrames: [] })
    expect(screen.getByText(/Desactivado/)).toBeInTheDocument()
    expect(screen.getByText('Ninguna')).toBeInTheDocument()
  })

  it('shows how many client-certificate requests were refused, when main counts them', () => {
    renderIn('en', { ...shell, clientCertificatesRefused: 3 })
    expect(screen.getByText('Client certificates asked for')).toBeInTheDocument()
    expect(screen.getByText('3 since start, none sent')).toBeInTheDocument()
  })
})
