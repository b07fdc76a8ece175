import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { defaultConfig } from '../../../shared/config/default-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import { UnverifiedBanner } from '../../../renderer/features/staff/UnverifiedBanner'
import { renderWithKiosk } from '../support/render-with-kiosk'

const items = unverifiedItems(defaultConfig)

/** The text a clerk reads without opening "For IT". */
function plainText(region: HTMLElement): string {
  const copy = region.cloneNode(true) as HTMLElement
  copy.querySelector('details')?.remove()
  return copy.textContent ?? ''
}

describe('the staff panel’s banner of settings IT has not confirmed', () => {
  it('tells a clerk in plain words what it means and whom to ask', () => {
    renderWithKiosk(<UnverifiedBanner items={items} />)
    const banner = screen.getByRole('region', {
      name: `${items.length} settings still need checking by IT`,
    })
    const plain = plainText(banner)
    expect(plain).toMatch(/Patients can keep using the kiosk/)
    expect(plain).toMatch(/tell your clinic’s IT team/)
    // One plain line per kind of setting, not per path.
    expect(plain).toMatch(/The web address of a patient portal/)
    expect(plain).toMatch(/The help line’s opening hours/)
    expect(plain).toMatch(/What the front desk here offers/)
    // No developer language outside the disclosure.
    for (const technical of [/portals\.\d/, /allowedOrigins/, /npm run/, /support\./, /README/])
      expect(plain).not.toMatch(technical)
  })

  it('keeps the paths and the command behind a “For IT” disclosure a keyboard opens', async () => {
    const { user } = renderWithKiosk(<UnverifiedBanner items={items} />)
    const details = screen
      .getByText('For IT: the settings and how to check them')
      .closest('details')
    if (details === null) throw new Error('no disclosure')
    expect(details.open).toBe(false)
    const summary = within(details).getByText('For IT: the settings and how to check them')
    expect(summary.tagName).toBe('SUMMARY')
    // A native <summary> is in the tab order and opens with Enter or Space in every browser
    // (HTML's details element); jsdom has no key activation for it, so the tap opens it here.
    await user.tab()
    expect(summary).toHaveFocus()
    await user.click(summary)
    expect(details.open).toBe(true)
    expect(within(details).getByText('portals.0')).toBeInTheDocument()
    expect(within(details).getByText(/npm run check-config/)).toBeInTheDocument()
  })

  it('in Spanish too, and nothing at all when every setting is confirmed', () => {
    const { unmount } = renderWithKiosk(<UnverifiedBanner items={items} />, 'es')
    expect(
      screen.getByRole('region', { name: `TI debe revisar ${items.length} ajustes` }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Avise al equipo de TI/)).toBeInTheDocument()
    unmount()
    const { container } = renderWithKiosk(<UnverifiedBanner items={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
