import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { KeyButton, OnScreenKeyboard } from '../../../renderer/components/OnScreenKeyboard'
import { keyboardLayouts } from '../../../renderer/components/keyboard-layouts'
import { renderWithKiosk } from '../support/render-with-kiosk'

function setup(
  layout: 'letters' | 'digits' | 'code' | 'email' = 'letters',
  language: 'en' | 'es' = 'en',
) {
  const handlers = { onText: vi.fn(), onBackspace: vi.fn(), onDone: vi.fn() }
  const result = renderWithKiosk(<OnScreenKeyboard layout={layout} {...handlers} />, language)
  return { ...result, ...handlers }
}

describe('the on-screen keyboard', () => {
  it('is a labelled region of real, named buttons', () => {
    setup()
    const region = screen.getByRole('region', { name: 'On-screen keyboard' })
    const keys = within(region).getAllByRole('button')
    const characters = keyboardLayouts.letters.flat().filter((key) => key.kind === 'char')
    expect(keys.length).toBe(characters.length + 5) // + shift, delete, more letters, space, done
    for (const key of keys) {
      expect(key.tagName).toBe('BUTTON')
      expect(key).toHaveAttribute('type', 'button')
      expect(key).toHaveAccessibleName()
    }
    expect(within(region).getByRole('button', { name: 'ñ' })).toBeInTheDocument()
    expect(within(region).getByRole('button', { name: 'é' })).toBeInTheDocument()
    for (const mark of ['.', ',', "'", '-'])
      expect(within(region).getByRole('button', { name: mark })).toBeInTheDocument()
  })

  it('“More letters” offers every form of a plain letter, types one, and returns', async () => {
    const { user, onText } = setup()
    await user.click(screen.getByRole('button', { name: /^More letters/ }))
    expect(screen.queryByRole('button', { name: 'q' })).toBeNull() // no variants of q
    await user.click(screen.getByRole('button', { name: 'Letters like e' }))
    const panel = screen.getByRole('group', { name: 'Letters like e' })
    for (const letter of ['ễ', 'ě', 'ę', 'è', 'ë'])
      expect(within(panel).getByRole('button', { name: letter })).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'ễ' }))
    expect(handlersText(onText)).toEqual(['ễ'])
    // Back on the letters, with nothing changed on the way.
    expect(screen.getByRole('button', { name: 'ñ' })).toBeInTheDocument()
  })

  it('types characters, and Shift capitalises the next one only', async () => {
    const { user, onText } = setup()
    await user.click(screen.getByRole('button', { name: 'a' }))
    const shift = screen.getByRole('button', { name: 'Shift', pressed: false })
    await user.click(shift)
    expect(screen.getByRole('button', { name: 'Shift', pressed: true })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ñ' }))
    await user.click(screen.getByRole('button', { name: 'b' }))
    await user.click(screen.getByRole('button', { name: 'Space' }))
    expect(onText.mock.calls.map(([text]) => text)).toEqual(['a', 'Ñ', 'b', ' '])
  })

  it('has Delete and Hide keyboard, and is operable from a physical keyboard', async () => {
    const { user, onText, onBackspace, onDone } = setup('digits')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    screen.getByRole('button', { name: '7' }).focus()
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Hide keyboard' }))
    expect(handlersText(onText)).toEqual(['7'])
    expect(onBackspace).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledTimes(1)
  })

  it('offers capital letters and digits for codes, and @ and .com for email', () => {
    setup('code')
    expect(screen.getByRole('button', { name: 'Q' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '0' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '-' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Space' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Shift' })).toBeNull()
  })

  it('speaks Spanish', () => {
    setup('email', 'es')
    expect(screen.getByRole('region', { name: 'Teclado en pantalla' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '@' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '.com' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Borrar' })).toBeInTheDocument()
  })

  it('keeps focus in the field being typed into (keys do not take focus on press)', () => {
    renderWithKiosk(<KeyButton onPress={() => undefined}>x</KeyButton>)
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true })
    screen.getByRole('button', { name: 'x' }).dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
  })
})

function handlersText(onText: ReturnType<typeof vi.fn>): unknown[] {
  return onText.mock.calls.map(([text]) => text)
}
