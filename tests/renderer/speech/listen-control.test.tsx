import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { DEFAULT_CODE_SHAPE } from '../../../shared/activation/activation-code'
import { ActivationCodeStep } from '../../../renderer/features/activation/ActivationCodeStep'
import ListenControl from '../../../renderer/features/speech/ListenControl'
import { resources } from '../../../renderer/i18n/resources'
import { createSpeech } from '../../../renderer/speech/speech'
import { typeOnScreen } from '../support/on-screen-typing'
import { renderWithKiosk } from '../support/render-with-kiosk'
import { FakeSynth, makeUtterance, voice } from './fake-synth'

const CANARY = 'QZXWV-98765-KJHGF'

function codeStep(language: 'en' | 'es' = 'en', synth = new FakeSynth()) {
  const speech = createSpeech({ synth, makeUtterance })
  const view = renderWithKiosk(
    <div className="kiosk-main">
      <ListenControl screenKey="details" offerCodeReadBack speech={speech} />
      <ActivationCodeStep
        codeShape={DEFAULT_CODE_SHAPE}
        draft={null}
        eyebrow="Step 4 of 7"
        onSubmit={vi.fn()}
        onBack={vi.fn()}
      />
    </div>,
    language,
  )
  return { ...view, synth, speech }
}

describe('Listen on a step (read from the screen’s DOM)', () => {
  it('reads the step counter, heading, the field by its label, the buttons, in order', async () => {
    const { user, synth } = codeStep()
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    synth.drain()
    const text = resources.en.activation
    expect(synth.texts.slice(0, 3)).toEqual([
      'Step 4 of 7',
      text.codeOnly.title,
      text.codeOnly.intro,
    ])
    const hint = document.getElementById(
      screen.getByLabelText(text.activationCode.label).getAttribute('aria-describedby') ?? '',
    )
    expect(synth.texts).toContain(`${text.activationCode.label}, text box. ${hint?.textContent}`)
    expect(synth.texts).toContain('Continue, button')
    expect(synth.texts.every((text) => !text.includes('Listen'))).toBe(true)
  })

  it('the keypad’s Listen key (F3, a kiosk:listen event) reads like a tap, ending on the focused control', async () => {
    const { synth } = codeStep()
    const field = screen.getByLabelText(resources.en.activation.activationCode.label)
    act(() => {
      field.focus()
      field.dispatchEvent(new CustomEvent('kiosk:listen', { bubbles: true }))
    })
    synth.drain()
    expect(synth.texts[0]).toBe('Step 4 of 7')
    expect(synth.texts.at(-1)).toMatch(/^You are on: Activation code, text box/)
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDefined()
  })

  it('reads an error, and the control the patient was on before tapping Listen', async () => {
    const { user, synth } = codeStep()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    synth.drain()
    const alert = screen.getByRole('alert').textContent ?? ''
    expect(synth.texts).toContain(`Problem: ${alert}`)
    expect(synth.texts.at(-1)).toMatch(/^You are on: Activation code, text box/)
  })

  it('never reads what was typed, unless asked, and then spelled out and not kept', async () => {
    const { user, synth } = codeStep()
    // On the on-screen keyboard, as a patient types: its code display echoes the code.
    await user.click(screen.getByLabelText('Activation code', { exact: true }))
    await typeOnScreen(user, CANARY.replace(/-/g, ''))
    expect(screen.getByText(/QZXWV/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    synth.drain()
    await user.click(screen.getByRole('button', { name: 'Repeat' }))
    synth.drain()
    const letters = (text: string) => text.replace(/[^A-Z0-9]/gi, '').toUpperCase()
    expect(synth.texts.some((text) => letters(text).includes('QZXWV'))).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Read back my code' }))
    synth.drain()
    expect(synth.texts.slice(-4)).toEqual([
      'Your code, one letter or number at a time:',
      'Q, Z, X, W, V',
      '9, 8, 7, 6, 5',
      'K, J, H, G, F',
    ])
    const before = synth.texts.length
    await user.click(screen.getByRole('button', { name: 'Repeat' }))
    synth.drain()
    expect(synth.texts.slice(before).some((text) => letters(text).includes('QZXWV'))).toBe(false)
  }, 30_000)

  it('reads in Spanish with a Spanish voice', async () => {
    const { user, synth } = codeStep('es')
    await user.click(screen.getByRole('button', { name: 'Escuchar' }))
    synth.drain()
    expect(synth.spoken[0]?.voice?.lang).toBe('es-ES')
    expect(synth.texts).toContain('Continuar, botón')
  })

  it('tells the patient when their language has no voice, and says nothing', async () => {
    const { user, synth } = codeStep('es', new FakeSynth([voice('Alex', 'en-US')]))
    await user.click(screen.getByRole('button', { name: 'Escuchar' }))
    expect(screen.getByRole('status')).toHaveTextContent(/no puede leer en voz alta/)
    expect(synth.texts).toEqual([])
  })

  it('pause, slower and faster reach the engine; Stop forgets', async () => {
    const { user, synth, speech } = codeStep()
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    expect(speech.state).toBe('paused')
    await user.click(screen.getByRole('button', { name: 'Go on' }))
    await user.click(screen.getByRole('button', { name: 'Slower' }))
    expect(screen.getByText('Speed: 0.8×')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Faster' }))
    await user.click(screen.getByRole('button', { name: 'Faster' }))
    expect(speech.rate).toBe(1.2)
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    expect(speech.rate).toBe(1)
    expect(speech.repeat()).toBe(false)
    expect(synth.calls).toContain('pause')
  })

  it('stops and forgets when it goes away (the wipe remounts the patient tree)', async () => {
    const { user, synth, speech, unmount } = codeStep()
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    const spoken = synth.texts.length
    act(() => unmount())
    synth.drain()
    expect(synth.calls.at(-1)).toBe('resume')
    expect(synth.calls).toContain('cancel')
    expect(speech.repeat()).toBe(false)
    expect(synth.texts.length).toBe(spoken)
  })
})
