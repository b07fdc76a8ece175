import { describe, expect, it } from 'vitest'

import { probeSpeechStack, type SpeechProbeHost } from './speech-dispatcher'

/** espeak-ng 1.51's `--voices`, cut down: English and Spanish among others. */
const VOICES = `Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  ar              --/M      Arabic             sem/ar
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  es              --/M      Spanish_(Spain)    roa/es
`

/** A Debian machine with the stack installed and working, changed by `change`. */
function host(change: Partial<SpeechProbeHost> = {}): SpeechProbeHost {
  return {
    platform: 'linux',
    which: (command) => `/usr/bin/${command}`,
    exists: () => true,
    run: (command) =>
      command.endsWith('espeak-ng')
        ? { status: 0, output: VOICES }
        : { status: 0, output: 'speech-dispatcher 0.11.4' },
    ...change,
  }
}

describe('is the real speech stack usable (the real-voice e2e runs or says why not)', () => {
  it('present and working: usable, with the daemon found on PATH', () => {
    expect(probeSpeechStack(host())).toEqual({
      usable: true,
      daemon: '/usr/bin/speech-dispatcher',
    })
  })

  it('absent: names each missing piece and how to install it', () => {
    const result = probeSpeechStack(
      host({
        which: (command) => (command === 'espeak-ng' ? null : `/usr/bin/${command}`),
        exists: (path) => !path.includes('libspeechd'),
      }),
    )
    expect(result.usable).toBe(false)
    expect(!result.usable && result.reason).toBe(
      'not installed: espeak-ng on PATH (apt-get install espeak-ng), libspeechd.so.2 (libspeechd2)',
    )
  })

  it('not Linux: no speech-dispatcher to try', () => {
    expect(probeSpeechStack(host({ platform: 'win32' }))).toEqual({
      usable: false,
      reason: 'speech-dispatcher is the Linux speech service',
    })
  })

  it('broken: espeak-ng installed but failing to run', () => {
    const result = probeSpeechStack(
      host({
        run: () => ({
          status: 127,
          output: 'espeak-ng: error while loading shared libraries: libespeak-ng.so.1\n',
        }),
      }),
    )
    expect(result).toEqual({
      usable: false,
      reason:
        '/usr/bin/espeak-ng is installed but does not run (exit 127: espeak-ng: error while loading shared libraries: libespeak-ng.so.1)',
    })
  })

  it('broken: espeak-ng without the Spanish voice the test listens for', () => {
    const result = probeSpeechStack(
      host({ run: () => ({ status: 0, output: VOICES.replace(/^.*Spanish.*$/m, '') }) }),
    )
    expect(result).toEqual({
      usable: false,
      reason: 'espeak-ng lists no voice for es (espeak-ng-data incomplete?)',
    })
  })

  it('broken: speech-dispatcher that does not start', () => {
    const result = probeSpeechStack(
      host({
        run: (command) =>
          command.endsWith('espeak-ng')
            ? { status: 0, output: VOICES }
            : { status: null, output: 'spawnSync /usr/bin/speech-dispatcher ETIMEDOUT' },
      }),
    )
    expect(result).toEqual({
      usable: false,
      reason:
        '/usr/bin/speech-dispatcher is installed but does not run (did not start or timed out: spawnSync /usr/bin/speech-dispatcher ETIMEDOUT)',
    })
  })

  it('on this machine: a verdict either way, never a throw', () => {
    const result = probeSpeechStack()
    expect(typeof (result.usable ? result.daemon : result.reason)).toBe('string')
  })
})
