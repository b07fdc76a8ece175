import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'

import { StaffSpeechDetails } from '../../../renderer/features/staff/StaffSpeechDetails'
import { languageEndonyms, supportedLanguages, type LanguageCode } from '../../../shared/languages'
import { createKioskI18n } from '../../../renderer/i18n/i18n'
import { createVoiceStore } from '../../../renderer/speech/installed-voices'
import { FakeSynth, voice } from './fake-synth'

const panel = (
  voices: ReturnType<typeof voice>[],
  languages: readonly LanguageCode[] = ['en', 'es'],
) =>
  render(
    <I18nextProvider i18n={createKioskI18n('en')}>
      <StaffSpeechDetails languages={languages} voices={voices} />
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

  it('every language offered, with the voices espeak-ng 1.51 has: Somali and Hmong have none', () => {
    // What `espeak-ng --voices` lists on Debian 12 for these languages (docs/clinic-it.md, "Speech output").
    panel(
      [voice('English (America)', 'en-US'), voice('Spanish', 'es'), voice('Arabic', 'ar')],
      supportedLanguages,
    )
    const said = (language: LanguageCode) =>
      screen.getByText(languageEndonyms[language]).nextElementSibling?.textContent
    expect(said('ar')).toBe('Voice: Arabic')
    expect(said('so')).toBe('No voice installed. “Listen” does not work in this language.')
    expect(said('hmn')).toBe('No voice installed. “Listen” does not work in this language.')
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
