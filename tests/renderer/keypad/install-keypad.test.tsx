import { act, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { installKeypad } from '../../../renderer/app/keypad/install-keypad'
import { LISTEN_EVENT } from '../../../renderer/speech/listen-event'
import { Button } from '../../../renderer/components/Button'
import { ChoiceGroup } from '../../../renderer/components/ChoiceGroup'
import { ConfirmDialog } from '../../../renderer/components/ConfirmDialog'
import { OnScreenKeyboard } from '../../../renderer/components/OnScreenKeyboard'
import { StepActions } from '../../../renderer/components/StepActions'
import { TextField } from '../../../renderer/components/TextField'
import { renderWithKiosk } from '../support/render-with-kiosk'

const handlers = {
  help: vi.fn(),
  back: vi.fn(),
  typed: vi.fn(),
}

/** A step as the flow draws it: session bar, heading, a question, a field, the action bar. */
function Step({ withHidden = true }: { readonly withHidden?: boolean }) {
  const [answer, setAnswer] = useState<'a' | 'b' | 'c' | null>(null)
  const [asking, setAsking] = useState(false)
  const [typing, setTyping] = useState(false)
  return (
    <>
      <nav>
        <Button data-keypad="help" onClick={handlers.help}>
          Help
        </Button>
        <Button onClick={() => setAsking(true)}>I’m done</Button>
      </nav>
      <div hidden={withHidden}>
        <Button>Hidden</Button>
      </div>
      <div inert>
        <Button>Inert</Button>
      </div>
      <h1 tabIndex={-1}>Step title</h1>
      <ChoiceGroup
        legend="Which one?"
        choices={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
          { value: 'c', label: 'C' },
        ]}
        value={answer}
        onChange={setAnswer}
      />
      <TextField label="Code" onFocus={() => setTyping(true)} />
      <StepActions onBack={handlers.back}>
        <Button>Continue</Button>
      </StepActions>
      {typing && (
        <OnScreenKeyboard
          layout="digits"
          onText={handlers.typed}
          onBackspace={() => undefined}
          onDone={() => setTyping(false)}
        />
      )}
      {asking && (
        <ConfirmDialog
          title="Erase?"
          body="Everything goes."
          keepLabel="Keep going"
          confirmLabel="Erase"
          onKeep={() => setAsking(false)}
          onConfirm={() => undefined}
        />
      )}
    </>
  )
}

/** jsdom does no layout: give each on-screen key the box of its row and column. */
function layOutKeyboard() {
  for (const [row, line] of document.querySelectorAll('.kiosk-keyboard__row').entries()) {
    for (const [column, key] of line.querySelectorAll('button').entries()) {
      key.getBoundingClientRect = () => new DOMRect(column * 90, row * 82, 80, 72)
    }
  }
}

let uninstall: () => void
beforeEach(() => {
  vi.clearAllMocks()
  uninstall = installKeypad(document)
})
afterEach(() => uninstall())

const focused = () => document.activeElement

describe('the keypad on a step', () => {
  it('moves down and up through the controls in order, from the heading, and wraps', async () => {
    const { user } = renderWithKiosk(<Step />)
    screen.getByRole('heading', { name: 'Step title' }).focus()
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(screen.getByRole('radio', { name: 'A' }))
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe(screen.getByRole('button', { name: 'I’m done' }))
    await user.keyboard('{ArrowUp}{ArrowUp}')
    // Wraps from the first control to the last; hidden and inert controls are never visited.
    expect(focused()).toBe(screen.getByRole('button', { name: 'Continue' }))
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe(screen.getByRole('button', { name: 'Help' }))
    for (let press = 0; press < 8; press += 1) {
      await user.keyboard('{ArrowDown}')
      expect(focused()).not.toHaveTextContent(/Hidden|Inert/)
    }
  })

  it('browses a radio group with up/down without choosing; left/right still choose', async () => {
    const { user } = renderWithKiosk(<Step />)
    screen.getByRole('radio', { name: 'A' }).focus()
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(screen.getByRole('radio', { name: 'B' }))
    expect(screen.getByRole('radio', { name: 'B' })).toHaveAttribute('aria-checked', 'false')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(focused()).toBe(screen.getByRole('textbox', { name: 'Code' }))
    for (const radio of screen.getAllByRole('radio'))
      expect(radio).toHaveAttribute('aria-checked', 'false')
    screen.getByRole('radio', { name: 'A' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe(screen.getByRole('radio', { name: 'B' }))
    expect(screen.getByRole('radio', { name: 'B' })).toHaveAttribute('aria-checked', 'true')
    await user.keyboard('{Enter}')
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe(screen.getByRole('radio', { name: 'A' }))
    expect(screen.getByRole('radio', { name: 'B' })).toHaveAttribute('aria-checked', 'true')
  })

  it('keeps left/right for the caret in a text field; up/down leave it', async () => {
    const { user } = renderWithKiosk(<Step />)
    const field = screen.getByRole('textbox', { name: 'Code' })
    await user.click(field)
    await user.keyboard('12{ArrowLeft}3')
    expect(field).toHaveValue('132')
    expect(focused()).toBe(field)
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe(screen.getByRole('radio', { name: 'C' }))
  })

  it('presses Help, Back and Listen through their keys', async () => {
    const { user } = renderWithKiosk(<Step />)
    const listened = vi.fn()
    document.addEventListener(LISTEN_EVENT, listened)
    screen.getByRole('radio', { name: 'A' }).focus()
    await user.keyboard('{F1}')
    expect(handlers.help).toHaveBeenCalledTimes(1)
    await user.keyboard('{F2}')
    expect(handlers.back).toHaveBeenCalledTimes(1)
    await user.keyboard('{F3}')
    expect(listened).toHaveBeenCalledTimes(1)
    // It bubbles from what has focus, so speech can read the focused control.
    expect((listened.mock.calls[0]?.[0] as Event).target).toBe(
      screen.getByRole('radio', { name: 'A' }),
    )
    document.removeEventListener(LISTEN_EVENT, listened)
  })

  it('keeps the arrows inside an open dialog; Back keeps going, Help waits', async () => {
    const { user } = renderWithKiosk(<Step />)
    await user.click(screen.getByRole('button', { name: 'I’m done' }))
    const keep = screen.getByRole('button', { name: 'Keep going' })
    expect(focused()).toBe(keep)
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(screen.getByRole('button', { name: 'Erase' }))
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(keep)
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe(screen.getByRole('button', { name: 'Erase' }))
    await user.keyboard('{F1}')
    expect(handlers.help).not.toHaveBeenCalled()
    await user.keyboard('{F2}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(handlers.back).not.toHaveBeenCalled()
  })
})

describe('the keypad on the on-screen keyboard', () => {
  it('goes from the field into the keys, moves in two dimensions, types, and comes back', async () => {
    const { user } = renderWithKiosk(<Step />)
    const field = screen.getByRole('textbox', { name: 'Code' })
    await user.click(field)
    layOutKeyboard()
    const keyboard = screen.getByRole('region', { name: 'On-screen keyboard' })
    const rows = [...keyboard.querySelectorAll('.kiosk-keyboard__row')].map((row) => [
      ...row.querySelectorAll('button'),
    ])
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(rows[0]?.[0])
    await user.keyboard('{ArrowRight}{ArrowDown}')
    expect(focused()).toBe(rows[1]?.[1])
    await user.keyboard('{Enter}')
    expect(handlers.typed).toHaveBeenCalledWith(rows[1]?.[1]?.textContent)
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(focused()).toBe(field)
    await user.keyboard('{ArrowDown}')
    // Back to the key it left the keyboard from.
    expect(focused()).toBe(rows[0]?.[1])
    await user.keyboard('{Escape}')
    expect(focused()).toBe(field)
  })

  it('continues the form after the field below the bottom row', async () => {
    const { user } = renderWithKiosk(<Step />)
    await user.click(screen.getByRole('textbox', { name: 'Code' }))
    layOutKeyboard()
    const keyboard = screen.getByRole('region', { name: 'On-screen keyboard' })
    const last = [...keyboard.querySelectorAll('button')].at(-1)
    last?.focus()
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(screen.getByRole('button', { name: /Back/ }))
  })

  it('marks <html> with the last kind of input, for the headings’ focus ring', async () => {
    const { user } = renderWithKiosk(<Step />)
    const mode = () => document.documentElement.dataset['inputMode']
    await user.keyboard('{ArrowDown}')
    expect(mode()).toBe('keys')
    await user.pointer({
      keys: '[MouseLeft]',
      target: screen.getByRole('button', { name: 'Help' }),
    })
    expect(mode()).toBe('touch')
    uninstall()
    expect(mode()).toBeUndefined()
    uninstall = () => undefined
  })

  it('does nothing once uninstalled', async () => {
    uninstall()
    const { user } = renderWithKiosk(<Step />)
    screen.getByRole('button', { name: 'Help' }).focus()
    await user.keyboard('{ArrowDown}{F1}')
    expect(focused()).toBe(screen.getByRole('button', { name: 'Help' }))
    expect(handlers.help).not.toHaveBeenCalled()
    uninstall = () => undefined
    await act(async () => undefined)
  })
})
