import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import {
  HandoffScreen,
  type HandoffScreenProps,
} from '../../../renderer/features/handoff/HandoffScreen'
import { firstPortal, renderWithKiosk } from '../support/render-with-kiosk'

const portal = firstPortal()

function handoff(language: 'en' | 'es' | 'so' | 'hmn' | 'ar' = 'en') {
  const props: HandoffScreenProps = {
    portal,
    entry: 'sign-up',
    activationCode: null,
    keyboardOpen: false,
    onKeyboardOpenChange: vi.fn(),
    covered: false,
    onFinished: vi.fn(),
    onHelp: vi.fn(),
    onBack: vi.fn(),
  }
  return renderWithKiosk(<HandoffScreen {...props} />, language)
}

describe('the notes for doors the kiosk keeps shut, under the official page', () => {
  it('a document: it opens on the patient’s own device; the page stays', async () => {
    const { portal: preview, log } = handoff()
    await screen.findByText(portal.signUpUrl)
    expect(screen.queryByText(/opens on your own device/)).toBeNull()
    act(() => preview.simulate({ state: 'ready', notice: 'document' }))
    const note = screen.getByText(/This document opens on your own device/)
    expect(note).toHaveAttribute('role', 'status')
    expect(screen.queryByRole('alert')).toBeNull()
    const bounds = log.calls.filter((call) => call.method === 'setPortalBounds')
    expect(bounds.at(-1)?.request).toMatchObject({ visible: true })
  })

  it('a passkey: set one up later on their own phone or computer', async () => {
    const { portal: preview } = handoff()
    await screen.findByText(portal.signUpUrl)
    act(() => preview.simulate({ state: 'loading', notice: 'passkey' }))
    expect(
      screen.getByText(/Set up a passkey later on your own phone or computer/),
    ).toHaveAttribute('role', 'status')
  })

  it('is gone with the page (a failure screen shows no stale note)', async () => {
    const { portal: preview } = handoff()
    await screen.findByText(portal.signUpUrl)
    act(() => preview.simulate({ state: 'ready', notice: 'document' }))
    act(() => preview.simulate({ state: 'failed', notice: 'document' }))
    expect(screen.queryByText(/opens on your own device/)).toBeNull()
  })

  it.each([
    ['es', /se abre en su propio dispositivo/],
    ['so', /qalabkaaga gaarka ah/],
    ['hmn', /koj tus kheej lub cuab yeej/],
    ['ar', /جهازك الخاص/],
  ] as const)('says it in %s too', async (language, text) => {
    const { portal: preview } = handoff(language)
    await screen.findByText(portal.signUpUrl)
    act(() => preview.simulate({ state: 'ready', notice: 'document' }))
    expect(screen.getByText(text)).toHaveAttribute('role', 'status')
  })
})
