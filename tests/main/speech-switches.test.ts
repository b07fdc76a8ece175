import { describe, expect, it } from 'vitest'

import type { App } from 'electron'

import {
  enableSpeechDispatcher,
  SPEECH_DISPATCHER_SWITCH,
} from '../../electron/main/speech-switches'
import { asElectron, FakeApp } from './fakes/fake-electron'

describe('the speech-dispatcher switch (speechSynthesis on Linux)', () => {
  it('is appended on Linux before ready, with Chromium’s exact name', () => {
    const app = new FakeApp()
    expect(enableSpeechDispatcher(asElectron<App>(app), 'linux')).toBe(true)
    expect(SPEECH_DISPATCHER_SWITCH).toBe('enable-speech-dispatcher')
    expect(app.commandLine.switches.get('enable-speech-dispatcher')).toEqual({
      value: '',
      beforeReady: true,
    })
  })

  it('is not added on Windows or macOS, whose voices need no switch', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const app = new FakeApp()
      expect(enableSpeechDispatcher(asElectron<App>(app), platform)).toBe(false)
      expect(app.commandLine.switches.size).toBe(0)
    }
  })

  it('leaves a switch given on the command line as it is', () => {
    const app = new FakeApp()
    app.becomeReady()
    app.commandLine.appendSwitch('enable-speech-dispatcher', 'given')
    enableSpeechDispatcher(asElectron<App>(app), 'linux')
    expect(app.commandLine.getSwitchValue('enable-speech-dispatcher')).toBe('given')
  })
})
