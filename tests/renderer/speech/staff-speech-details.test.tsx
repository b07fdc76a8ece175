import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'

import { StaffSpeechDetails } from '../../../renderer/features/staff/StaffSpeechDetails'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { createVoiceStore } from '../../../renderer/speech/installed-voices'
import { FakeSynth, voice } from './fake-synth'

const panel = (voices: ReturnType<typeof voice>[]) =>
  render(
    <I18nextProvider i18n={createKioskI18n('en')}>
      <StaffSpeechDetails languages={['en', 'es']} voices={voices} />
    </I18nextProvider>,
  )

describe('the staff panel’s voices', () => {
  it('names the voice "Listen" uses for each offered language', () => {
    panel([voice('eSpeak English', 'en-US'), voice('eSpeak Spanish', 'es')])
    expect(screen.getByText('Voice: eSpeak English')).toBeInTheDocument()
    expect(screen.getByText('Voice: eSpeak Spanish')).toBeInTheDocument()
    expect(screen.queryByText(/No voice installed/)).toBeNull()
  })

  it('says clearly when an offered language has no voice, and what IT can do', () => {
    panel([voice('eSpeak English', 'en-US')])
    const spanish = screen.getByText('Español').nextElementSibling
    expect(spanish).toHaveTextContent(
      'No voice installed. “Listen” does not work in this language.',
    )
    expect(screen.getByText(/IT can install a voice/)).toBeInTheDocument()
  })

  it('follows voices that load late, returning the same list until it changes', () => {
    const synth = new FakeSynth([])
    const store = createVoiceStore(synth)
    let changes = 0
    const unsubscribe = store.subscribe(() => (changes += 1))
    const first = store.get()
    expect(store.get()).toBe(first)
    synth.loadVoices([voice('eSpeak Spanish', 'es')])
    expect(changes).toBe(1)
    expect(store.get().map((found) => found.name)).toEqual(['eSpeak Spanish'])
    unsubscribe()
    expect(synth.listenerCount).toBe(0)
  })
})
