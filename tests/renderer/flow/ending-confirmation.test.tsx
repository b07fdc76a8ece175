import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { DoneCountdown } from '../../../renderer/features/done/DoneCountdown'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { renderApp } from '../support/render-app'
import { I18nextProvider } from 'react-i18next'

// The details form (names, date of birth) exists only for a portal with pre-fill configured.
const PREFILL = { search: '?prefill=demo' } as const

type User = ReturnType<typeof renderApp>['user']

async function startIn(user: User, language: 'English' | 'Español') {
  await user.click(await screen.findByRole('button', { name: language }))
  await user.click(
    screen.getByRole('button', {
      name: language === 'English' ? 'Touch to begin' : 'Toque para comenzar',
    }),
  )
}

async function toDetails(user: User) {
  await startIn(user, 'English')
  await user.click(await screen.findByRole('radio', { name: 'Mayo Clinic' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.click(screen.getByRole('radio', { name: 'Me' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.click(screen.getByRole('radio', { name: 'Yes, I have my code' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Your details' })
}

describe('asking before erasing a patient’s work', () => {
  it('“Start over” asks; the safe choice is the first, focused button; “No” keeps every value', async () => {
    const { user, log } = renderApp(undefined, PREFILL)
    await toDetails(user)
    await user.type(screen.getByLabelText('Legal first name'), 'Ana')
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Start over from the first step?' })
    const buttons = [...dialog.querySelectorAll('button')]
    expect(buttons.map((button) => button.textContent)).toEqual([
      'No, keep going',
      'Yes, start over',
    ])
    expect(buttons[0]).toHaveFocus()
    expect(buttons[0]).toHaveClass('kiosk-button--hero')
    // Focus is trapped: Tab from the last button returns to the first.
    await user.tab()
    expect(buttons[1]).toHaveFocus()
    await user.tab()
    expect(buttons[0]).toHaveFocus()
    await user.click(buttons[0] as HTMLElement)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByLabelText('Legal first name')).toHaveValue('Ana')
    expect(log.calls.some((call) => call.method === 'endSession')).toBe(false)
  })

  it('Escape means “keep going”', async () => {
    const { user, log } = renderApp(undefined, PREFILL)
    await toDetails(user)
    await user.type(screen.getByLabelText('Legal first name'), 'Ana')
    await user.click(screen.getByRole('button', { name: 'I’m done — erase my session' }))
    expect(screen.getByRole('alertdialog', { name: 'Erase your session now?' })).toBeVisible()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByLabelText('Legal first name')).toHaveValue('Ana')
    expect(log.calls.some((call) => call.method === 'endSession')).toBe(false)
  })

  it('“Yes, start over” erases the answers but keeps Spanish, large text and high contrast', async () => {
    const { user, container } = renderApp()
    await startIn(user, 'Español')
    await user.click(await screen.findByRole('button', { name: 'Ayuda' }))
    await user.click(screen.getByRole('button', { name: 'Letra grande' }))
    await user.click(screen.getByRole('button', { name: 'Alto contraste' }))
    await user.click(screen.getByRole('button', { name: 'Volver a donde estaba' }))
    await user.click(screen.getByRole('radio', { name: /^Mayo Clinic Health System/ }))
    await user.click(screen.getByRole('button', { name: 'Empezar de nuevo' }))
    await user.click(screen.getByRole('button', { name: 'Sí, empezar de nuevo' }))
    // A new session, straight at step 1, in Spanish, with the screen settings kept…
    expect(await screen.findByText('Paso 1 de 7')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^Mayo Clinic Health System/ })).not.toBeChecked()
    expect(document.documentElement.lang).toBe('es')
    expect(document.documentElement.dataset['textSize']).toBe('large')
    expect(document.documentElement.dataset['contrast']).toBe('high')
    expect(container.querySelector('[aria-checked="true"], :checked')).toBeNull()
    // …and only for that patient: “I’m done” then resets everything.
    await user.click(screen.getByRole('button', { name: 'Terminé: borrar mi sesión' }))
    await user.click(screen.getByRole('button', { name: 'Sí, borrarla' }))
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dataset['textSize']).toBe('normal')
    expect(document.documentElement.dataset['contrast']).toBe('normal')
  })

  it('Back on the first step asks, then returns to the language screen', async () => {
    const { user, log } = renderApp()
    await startIn(user, 'English')
    await user.click(await screen.findByRole('button', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'No, stay here' }))
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'Yes, go back' }))
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(log.calls).toEqual([{ method: 'endSession', request: { reason: 'start-over' } }])
  })

  it('Back on the first step carries nothing to the welcome screen the next person sees', async () => {
    const { user } = renderApp()
    await startIn(user, 'Español')
    await user.click(await screen.findByRole('button', { name: 'Ayuda' }))
    await user.click(screen.getByRole('button', { name: 'Letra grande' }))
    await user.click(screen.getByRole('button', { name: 'Volver a donde estaba' }))
    expect(document.documentElement.dataset['textSize']).toBe('large')
    await user.click(screen.getByRole('button', { name: 'Atrás' }))
    await user.click(screen.getByRole('button', { name: 'Sí, volver' }))
    // The welcome screen, in the clinic's default language and display, with no session.
    await screen.findByRole('button', { name: 'Touch to begin' })
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dataset['textSize']).toBe('normal')
  })
})

describe('the done screen’s countdown', () => {
  afterEach(() => vi.useRealTimers())

  it('counts down visibly, restarts on “I need more time”, then erases once', () => {
    vi.useFakeTimers()
    const onElapsed = vi.fn()
    render(
      <I18nextProvider i18n={createKioskI18n('en')}>
        <DoneCountdown seconds={20} onElapsed={onElapsed} />
      </I18nextProvider>,
    )
    expect(screen.getByText('This screen erases itself in 20 seconds.')).toBeInTheDocument()
    act(() => void vi.advanceTimersByTime(15_000))
    expect(screen.getByText('This screen erases itself in 5 seconds.')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'I need more time' }))
    act(() => void vi.advanceTimersByTime(500))
    expect(screen.getByText('This screen erases itself in 20 seconds.')).toBeInTheDocument()
    act(() => void vi.advanceTimersByTime(19_000))
    expect(onElapsed).not.toHaveBeenCalled()
    act(() => void vi.advanceTimersByTime(1_000))
    expect(onElapsed).toHaveBeenCalledTimes(1)
    act(() => void vi.advanceTimersByTime(5_000))
    expect(onElapsed).toHaveBeenCalledTimes(1)
  })
})
