import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { PublicPortal } from '../../../shared/config/public-config'
import { SignInTroubleScreen } from '../../../renderer/features/sign-in-trouble/SignInTroubleScreen'
import { firstPortal, publicConfig, renderWithKiosk } from '../support/render-with-kiosk'

// jsdom lays nothing out and has no scrollIntoView: record the calls instead.
const scrolled: Element[] = []
Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
  scrolled.push(this)
}
afterEach(() => {
  scrolled.length = 0
})

function trouble(portals: readonly PublicPortal[], language: 'en' | 'es' = 'en') {
  return renderWithKiosk(
    <SignInTroubleScreen portals={portals} language={language} onClose={vi.fn()} />,
    language,
  )
}

describe('Trouble signing in at home: the chosen browser and the way to help', () => {
  it('brings the chosen browser’s steps into view each time a browser is chosen', async () => {
    const { user } = trouble([firstPortal()])
    expect(scrolled).toEqual([])
    await user.click(screen.getByRole('radio', { name: 'Safari' }))
    const steps = screen.getByRole('region', { name: 'What to look for in Safari' })
    expect(scrolled).toEqual([steps])
    await user.click(screen.getByRole('radio', { name: 'Edge' }))
    expect(scrolled).toHaveLength(2)
    expect(scrolled[1]).toHaveAccessibleName('What to look for in Edge')
  })

  it('offers the chosen portal’s sign-in address as a QR code, not called official while unconfirmed', () => {
    const portal = firstPortal()
    expect(portal.verify).toBe(true)
    trouble([portal])
    const qr = screen.getByRole('img', { name: `QR code of the address ${portal.signInUrl}` })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
    expect(screen.getAllByRole('img')).toHaveLength(1)
    expect(screen.getByText(portal.signInUrl)).toBeInTheDocument()
    expect(
      screen.getByText(
        'Scan this code to open the sign-in page of Mayo Clinic. Look there for its help link.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/holds nothing about you/)).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/official/i)
  })

  it('calls a confirmed address official, and an information page what it is (English and Spanish)', () => {
    const [mayo, health] = publicConfig.portals
    if (mayo === undefined || health === undefined) throw new Error('two portals expected')
    const { unmount } = trouble([{ ...mayo, verify: false }])
    expect(
      screen.getByText(/^Scan this code to open the official sign-in page/),
    ).toBeInTheDocument()
    unmount()
    expect(health.addressKind).toBe('information-page')
    trouble([health, { ...health, id: 'confirmed', verify: false }], 'es')
    const texts = screen.getAllByText(/^Escanee este código/).map((p) => p.textContent)
    expect(texts).toEqual([
      expect.stringMatching(/^Escanee este código para abrir la página sobre /),
      expect.stringMatching(/^Escanee este código para abrir la página oficial sobre /),
    ])
    expect(
      screen.getAllByRole('img', { name: `Código QR de la dirección ${health.signInUrl}` }),
    ).toHaveLength(2)
  })

  it('before a portal is chosen, offers every portal’s address', () => {
    trouble(publicConfig.portals)
    for (const portal of publicConfig.portals)
      expect(
        screen.getByRole('img', { name: `QR code of the address ${portal.signInUrl}` }),
      ).toBeInTheDocument()
  })

  it('keeps the LAN-ID warning among the steps to try', () => {
    trouble([firstPortal()])
    expect(screen.getByText(/asks for a “LAN ID” is for employees/)).toBeInTheDocument()
  })
})
