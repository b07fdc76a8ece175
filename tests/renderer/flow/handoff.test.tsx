import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import {
  HandoffScreen,
  type HandoffScreenProps,
} from '../../../renderer/features/handoff/HandoffScreen'
import { firstPortal, renderWithKiosk } from '../support/render-with-kiosk'

const portal = firstPortal()

function handoff(overrides: Partial<HandoffScreenProps> = {}) {
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
  return { ...renderWithKiosk(<HandoffScreen {...props} />), props }
}

const boundsCalls = (log: { calls: { method: string; request: unknown }[] }) =>
  log.calls.filter((call) => call.method === 'setPortalBounds').map((call) => call.request)

describe('the hand-off to the official portal', () => {
  it('opens the chosen portal and shows its status, reporting where the view may paint', async () => {
    const { log } = handoff()
    expect(log.calls).toContainEqual({
      method: 'openPortal',
      request: { portalId: portal.id, entry: 'sign-up' },
    })
    expect(await screen.findByText(portal.signUpUrl)).toBeInTheDocument()
    expect(boundsCalls(log).at(-1)).toMatchObject({ visible: true })
  })

  it('shows our offline message with Retry and Help when the page fails, and hides the view', async () => {
    const { log, portal: preview, user, props } = handoff()
    await screen.findByText(portal.signUpUrl)
    act(() => preview.simulate({ state: 'failed' }))
    expect(screen.getByRole('alert')).toHaveTextContent('The page didn’t load')
    expect(boundsCalls(log).at(-1)).toMatchObject({ visible: false })
    await user.click(screen.getByRole('button', { name: 'Help' }))
    expect(props.onHelp).toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(log.calls).toContainEqual({ method: 'reloadPortal', request: {} })
    expect(await screen.findByText(portal.signUpUrl)).toBeInTheDocument()
  })

  it('explains a blocked page with its origin and the LAN-ID note, and goes back to the page', async () => {
    const { log, portal: preview, user } = handoff()
    await screen.findByText(portal.signUpUrl)
    act(() =>
      preview.simulate({ state: 'blocked', blockedOrigin: 'https://mymayoclinichealth.net' }),
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That page isn’t part of the patient portal',
    )
    expect(screen.getByText('https://mymayoclinichealth.net')).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(
      'A sign-in page that asks for a “LAN ID” is for employees, not patients.',
    )
    // The default's address is unconfirmed (`verify`): not called official.
    await user.click(screen.getByRole('button', { name: 'Back to the portal page' }))
    expect(log.calls.filter((call) => call.method === 'openPortal')).toHaveLength(2)
  })

  it('hides the portal view while something of ours covers the screen', async () => {
    const { log } = handoff({ covered: true })
    await screen.findByText(portal.signUpUrl)
    expect(
      boundsCalls(log).every((request) => (request as { visible: boolean }).visible === false),
    ).toBe(true)
  })

  it('types into the portal page, and inserts the activation code', async () => {
    const { log, user } = handoff({ keyboardOpen: true })
    await screen.findByText(portal.signUpUrl)
    await user.click(screen.getByRole('button', { name: 'Insert my activation code' }))
    await user.click(screen.getByRole('button', { name: 'x' }))
    await user.click(screen.getByRole('button', { name: 'Next field' }))
    await user.click(screen.getByRole('button', { name: 'Move left' }))
    await user.click(screen.getByRole('button', { name: '123 #?!' }))
    await user.click(screen.getByRole('button', { name: '!' }))
    const typed = log.calls.filter((call) =>
      ['typeIntoPortal', 'pressPortalKey'].includes(call.method),
    )
    expect(typed.map((call) => call.request)).toEqual([
      { text: 'ABCDE-12345-FGHIJ' },
      { text: 'x' },
      { key: 'Tab' },
      { key: 'ArrowLeft' },
      { text: '!' },
    ])
  })

  it('has no insert key without a code, and hides the view when it goes away', async () => {
    const { log, unmount } = handoff({ keyboardOpen: true, activationCode: null })
    await screen.findByText(portal.signUpUrl)
    expect(screen.queryByRole('button', { name: 'Insert my activation code' })).toBeNull()
    unmount()
    expect(boundsCalls(log).at(-1)).toEqual({
      visible: false,
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    })
  })

  it('offers to fill the official form only when the portal allows it, and says what happened', async () => {
    handoff()
    await screen.findByText(portal.signUpUrl)
    expect(
      screen.queryByRole('button', { name: 'Fill in the portal’s form with my details' }),
    ).toBeNull()
  })

  it('fills the official form on request and reports how many fields were filled', async () => {
    const onPrefill = vi.fn(() => Promise.resolve(3))
    const { user } = handoff({ onPrefill })
    await screen.findByText(portal.signUpUrl)
    await user.click(
      screen.getByRole('button', { name: 'Fill in the portal’s form with my details' }),
    )
    expect(onPrefill).toHaveBeenCalledOnce()
    expect(await screen.findByText(/Filled in 3 fields/)).toHaveAttribute('role', 'status')
  })
})

describe('the hand-off’s wording follows whether IT confirmed the address (`verify`)', () => {
  it('unconfirmed (the embedded default): never “official”, in English and Spanish', async () => {
    expect(portal.verify).toBe(true)
    const first = handoff()
    expect(
      screen.getByRole('heading', { level: 1, name: 'The patient portal' }),
    ).toBeInTheDocument()
    await screen.findByText(portal.signUpUrl)
    expect(screen.getByText(/the portal page appears here/)).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/official/i)
    first.unmount()
    renderWithKiosk(
      <HandoffScreen
        portal={portal}
        entry="sign-up"
        activationCode={null}
        keyboardOpen={false}
        onKeyboardOpenChange={vi.fn()}
        covered={false}
        onFinished={vi.fn()}
        onHelp={vi.fn()}
        onBack={vi.fn()}
      />,
      'es',
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'El portal del paciente' }),
    ).toBeInTheDocument()
    await screen.findByText(portal.signUpUrl)
    expect(document.body.textContent).not.toMatch(/oficial/i)
  })

  it('confirmed: the official wording, also on the blocked page’s way back', async () => {
    const { portal: preview, user } = handoff({ portal: { ...portal, verify: false } })
    expect(
      screen.getByRole('heading', { level: 1, name: 'The official patient portal' }),
    ).toBeInTheDocument()
    await screen.findByText(portal.signUpUrl)
    expect(screen.getByText(/the official page appears here/)).toBeInTheDocument()
    act(() => preview.simulate({ state: 'blocked', blockedOrigin: 'https://example.org' }))
    await user.click(screen.getByRole('button', { name: 'Back to the official page' }))
  })
})
