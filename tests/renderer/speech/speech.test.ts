import { describe, expect, it, vi } from 'vitest'

import { createSpeech, RATES } from '../../../renderer/speech/speech'
import { spellOut } from '../../../renderer/speech/spell-out'
import { pickVoice } from '../../../renderer/speech/voices'
import { FakeSynth, makeUtterance, voice } from './fake-synth'

const setup = (synth = new FakeSynth()) => ({
  synth,
  speech: createSpeech({ synth, makeUtterance }),
})

describe('the speech queue', () => {
  it('hands the engine one piece at a time, the next when the last has ended', () => {
    const { synth, speech } = setup()
    expect(speech.speak(['Step 1 of 7', 'Which portal?', ' ', 'Continue, button'], 'en')).toBe(true)
    expect(synth.texts).toEqual(['Step 1 of 7'])
    expect(speech.state).toBe('speaking')
    synth.finish()
    expect(synth.texts).toEqual(['Step 1 of 7', 'Which portal?'])
    synth.finish()
    synth.finish()
    // The blank piece is never spoken.
    expect(synth.texts).toEqual(['Step 1 of 7', 'Which portal?', 'Continue, button'])
    expect(speech.state).toBe('idle')
  })

  it('uses a voice of the patient’s language, with its full tag', () => {
    const { synth, speech } = setup(
      new FakeSynth([voice('Alex', 'en-US', { default: true }), voice('Mónica', 'es_ES')]),
    )
    speech.speak(['Hola'], 'es')
    expect(synth.spoken[0]?.voice?.name).toBe('Mónica')
    expect(synth.spoken[0]?.lang).toBe('es_ES')
  })

  it('says nothing, and says so, when no voice speaks the language', () => {
    const { synth, speech } = setup(new FakeSynth([voice('Alex', 'en-US')]))
    expect(speech.hasVoice('es')).toBe(false)
    expect(speech.speak(['Hola'], 'es')).toBe(false)
    expect(synth.texts).toEqual([])
  })

  it('learns about voices that load after it started (voiceschanged)', () => {
    const synth = new FakeSynth([])
    const { speech } = setup(synth)
    const changed = vi.fn()
    const unsubscribe = speech.subscribe(changed)
    expect(speech.hasVoice('en')).toBe(false)
    synth.loadVoices([voice('Alex', 'en-GB')])
    expect(changed).toHaveBeenCalled()
    expect(speech.hasVoice('en-US')).toBe(true)
    unsubscribe()
    expect(synth.listenerCount).toBe(0)
  })

  it('a new reading replaces the old one, and a late end of the old one starts nothing', () => {
    const { synth, speech } = setup()
    speech.speak(['old one', 'old two'], 'en')
    const old = synth.spoken[0]
    speech.speak(['new one'], 'en')
    old?.onend?.()
    expect(synth.texts).toEqual(['old one', 'new one'])
    expect(synth.calls.filter((call) => call === 'cancel').length).toBeGreaterThanOrEqual(2)
  })

  it('an engine error ends the reading; the rest is dropped', () => {
    const { synth, speech } = setup()
    speech.speak(['one', 'two'], 'en')
    synth.fail()
    expect(speech.state).toBe('idle')
    expect(synth.texts).toEqual(['one'])
  })

  it('pauses and resumes only what is being said', () => {
    const { synth, speech } = setup()
    speech.pause()
    expect(synth.calls).not.toContain('pause')
    speech.speak(['one'], 'en')
    speech.pause()
    expect(speech.state).toBe('paused')
    speech.resume()
    expect(speech.state).toBe('speaking')
    expect(synth.calls).toEqual(['cancel', 'speak', 'pause', 'resume'])
  })

  it('repeats the last reading from its start', () => {
    const { synth, speech } = setup()
    expect(speech.repeat()).toBe(false)
    speech.speak(['one', 'two'], 'en')
    synth.finish()
    speech.repeat()
    expect(synth.texts).toEqual(['one', 'two', 'one'])
  })

  it('goes slower and faster in steps, within bounds, for the next piece', () => {
    const { synth, speech } = setup()
    for (let step = 0; step < 10; step += 1) speech.faster()
    expect(speech.rate).toBe(RATES.at(-1))
    for (let step = 0; step < 10; step += 1) speech.slower()
    expect(speech.rate).toBe(RATES[0])
    speech.speak(['one'], 'en')
    expect(synth.spoken[0]?.rate).toBe(RATES[0])
  })
})

describe('privacy rules', () => {
  it('forget stops at once and keeps nothing: no repeat, normal speed, nothing queued', () => {
    const { synth, speech } = setup()
    speech.faster()
    speech.speak(['one', 'two'], 'en')
    speech.pause()
    speech.forget()
    expect(speech.state).toBe('idle')
    expect(speech.rate).toBe(1)
    expect(synth.calls.slice(-2)).toEqual(['cancel', 'resume'])
    // A late end from the engine must not bring back the rest of the reading.
    synth.spoken[0]?.onend?.()
    expect(speech.repeat()).toBe(false)
    expect(synth.texts).toEqual(['one'])
  })

  it('a code read back on request is not kept: Repeat never says it again', () => {
    const { synth, speech } = setup()
    speech.speak(['Step 4 of 7'], 'en')
    speech.speak(['Your code:', 'A, B, C'], 'en', { keep: false })
    synth.finish()
    synth.finish()
    speech.repeat()
    expect(synth.texts.at(-1)).toBe('Step 4 of 7')
  })

  it('does not log what it reads', () => {
    const log = vi.spyOn(console, 'log')
    const warn = vi.spyOn(console, 'warn')
    const { synth, speech } = setup()
    speech.speak(['secret-canary'], 'en')
    synth.fail()
    expect([...log.mock.calls, ...warn.mock.calls].flat().join(' ')).not.toContain('canary')
  })
})

describe('choosing a voice (BCP-47)', () => {
  const voices = [
    voice('US', 'en-US', { default: true }),
    voice('Mexico', 'es-MX'),
    voice('Spain', 'es-ES'),
    voice('Cloud', 'es-US', { localService: false }),
  ]
  it('takes the exact tag first, then any voice of the language', () => {
    expect(pickVoice(voices, 'es-ES')?.name).toBe('Spain')
    expect(pickVoice(voices, 'es')?.name).toMatch(/Mexico|Spain/)
    expect(pickVoice(voices, 'EN_us')?.name).toBe('US')
  })
  it('never a network voice (it would send the screen out), nor another language', () => {
    expect(pickVoice(voices, 'es-US')?.name).not.toBe('Cloud')
    expect(pickVoice(voices, 'so')).toBeNull()
    expect(pickVoice(voices, '')).toBeNull()
  })
})

describe('spelling a code out', () => {
  it('reads one character at a time, group by group', () => {
    expect(spellOut('ABCDE-12345 fghij')).toEqual([
      'A, B, C, D, E',
      '1, 2, 3, 4, 5',
      'f, g, h, i, j',
    ])
    expect(spellOut('  ')).toEqual([])
  })
})
