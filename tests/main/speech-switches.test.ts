import { describe, expect, it } from 'vitest'

import type { App } from 'electron'

import {
  enableSpeechDispatcher,
  SPEECH_DISPATCHER_SWITCH,
  speechTurnedOff,
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

  it('is not added when the clinic turned speech off (its crash and freeze risk with it)', () => {
    const app = new FakeApp()
    const off = speechTurnedOff(['/opt/Portal Kiosk/portal-kiosk', '--speech=off'], {})
    expect(off).toBe(true)
    expect(enableSpeechDispatcher(asElectron<App>(app), 'linux', off)).toBe(false)
    expect(app.commandLine.hasSwitch('enable-speech-dispatcher')).toBe(false)
    expect(speechTurnedOff([], { PORTAL_KIOSK_SPEECH: 'off' })).toBe(true)
    expect(speechTurnedOff(['--speech=on'], { PORTAL_KIOSK_SPEECH: 'on' })).toBe(false)
  })
})
