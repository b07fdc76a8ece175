import { screen } from '@testing-library/react'
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

  it('switches every string to Spanish and back', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cree su cuenta del portal del paciente' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Comenzar' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Español', pressed: true })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('es')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('starts a session in the chosen language through the bridge', async () => {
    const { user, log } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Español' }))
    await user.click(screen.getByRole('button', { name: 'Comenzar' }))
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
    await user.click(screen.getByRole('button', { name: 'Start' }))
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
    await user.click(screen.getByRole('button', { name: 'Comenzar' }))
    await user.click(await screen.findByRole('button', { name: 'Terminé: borrar mi sesión' }))
    await user.click(screen.getByRole('button', { name: 'Sí, borrarla' }))
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument()
  })
})
