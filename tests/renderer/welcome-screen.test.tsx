import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderApp } from './support/render-app'

describe('the welcome screen', () => {
  it('explains the kiosk and offers English and Spanish', async () => {
    renderApp()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up your patient portal account' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/This kiosk is shared/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English', pressed: true })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Español', pressed: false })).toHaveAttribute(
      'lang',
      'es',
    )
  })

  it('shows the clinic name big, and language tiles in their own words under one heading', async () => {
    renderApp()
    const welcome = await screen.findByRole('region', {
      name: 'Set up your patient portal account',
    })
    expect(within(welcome).getByText('Mayo Clinic')).toHaveClass('welcome__clinic')
    const tiles = within(welcome).getByRole('group', { name: 'Choose your language' })
    expect(
      within(tiles)
        .getAllByRole('button')
        .map((tile) => [tile.textContent, tile.getAttribute('lang')]),
    ).toEqual([
      ['English', 'en'],
      ['Español', 'es'],
    ])
    // No logo is configured by default: no image at all, not a broken one.
    expect(within(welcome).queryByRole('img')).toBeNull()
    expect(welcome.querySelector('img')).toBeNull()
  })

  it('shows the configured logo (as main sent it) with its alt text in the chosen language', async () => {
    const { user } = renderApp(undefined, { search: '?logo=demo' })
    const logo = await screen.findByRole('img', { name: 'Sample clinic logo' })
    expect(logo.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(logo).toHaveAttribute('width', '240')
    await user.click(screen.getByRole('button', { name: 'Español' }))
    expect(screen.getByRole('img', { name: 'Logotipo de muestra de la clínica' })).toBe(logo)
  })

  it('switches every string to Spanish and back', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cree su cuenta del portal del paciente' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Toque para comenzar' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Español', pressed: true })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('es')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('button', { name: 'Touch to begin' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('starts a session in the chosen language through the bridge', async () => {
    const { user, log } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    await user.click(screen.getByRole('button', { name: 'Toque para comenzar' }))
    expect(log.calls).toContainEqual({ method: 'startSession', request: { language: 'es' } })
    expect(
      await screen.findByRole('button', { name: 'Terminé: borrar mi sesión' }),
    ).toBeInTheDocument()
  })

  it('toggles large text and high contrast, and a new patient gets the defaults back', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Large text' }))
    await user.click(screen.getByRole('button', { name: 'High contrast' }))
    expect(document.documentElement.dataset['textSize']).toBe('large')
    expect(document.documentElement.dataset['contrast']).toBe('high')
    await user.click(screen.getByRole('button', { name: 'Touch to begin' }))
    await user.click(await screen.findByRole('button', { name: /I’m done/ }))
    await user.click(screen.getByRole('button', { name: 'Yes, erase it' }))
    expect(
      await screen.findByRole('button', { name: 'Large text', pressed: false }),
    ).toBeInTheDocument()
    expect(document.documentElement.dataset['textSize']).toBe('normal')
    expect(document.documentElement.dataset['contrast']).toBe('normal')
  })

  it('returns to English for the next patient after a Spanish session', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    await user.click(screen.getByRole('button', { name: 'Toque para comenzar' }))
    await user.click(await screen.findByRole('button', { name: 'Terminé: borrar mi sesión' }))
    await user.click(screen.getByRole('button', { name: 'Sí, borrarla' }))
    expect(await screen.findByRole('button', { name: 'Touch to begin' })).toBeInTheDocument()
  })
})
