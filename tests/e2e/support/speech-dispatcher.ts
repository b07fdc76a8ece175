import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where Debian (and Ubuntu) install the pieces Chromium's speech needs on Linux. */
const LIBSPEECHD = [
  '/usr/lib/x86_64-linux-gnu/libspeechd.so.2',
  '/usr/lib/aarch64-linux-gnu/libspeechd.so.2',
  '/usr/lib/libspeechd.so.2',
]
const DAEMON = '/usr/bin/speech-dispatcher'
const ESPEAK = '/usr/bin/espeak-ng'
const MODULE = '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'

/** Null when the real-voice e2e can run, else why not (printed when it skips). */
export function missingSpeechStack(): string | null {
  if (process.platform !== 'linux') return 'speech-dispatcher is the Linux speech service'
  const missing = [
    existsSync(DAEMON) ? null : `${DAEMON} (apt-get install speech-dispatcher)`,
    existsSync(ESPEAK) ? null : `${ESPEAK} (apt-get install espeak-ng)`,
    existsSync(MODULE) ? null : `${MODULE} (apt-get install speech-dispatcher-espeak-ng)`,
    LIBSPEECHD.some((path) => existsSync(path)) ? null : 'libspeechd.so.2 (libspeechd2)',
  ].filter((item) => item !== null)
  return missing.length === 0 ? null : `not installed: ${missing.join(', ')}`
}

export interface SpeechDaemon {
  /** For the browser's environment: libspeechd connects here instead of autospawning. */
  readonly address: string
  stop(): void
}

/**
 * A private speech-dispatcher for one test run: its own copy of Debian's configuration, its
 * own socket, and ALSA's `null` device as the audio output — a CI machine has no sound card,
 * and with the default (PulseAudio) every utterance fails ("Opening sound device failed").
 * The voices and the synthesis (espeak-ng) are real; only the sound goes nowhere.
 */
export async function startSpeechDaemon(): Promise<SpeechDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-speechd-'))
  const config = join(dir, 'config')
  cpSync('/etc/speech-dispatcher', config, { recursive: true })
  appendFileSync(
    join(config, 'speechd.conf'),
    '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nDefaultModule espeak-ng\n',
  )
  const socket = join(dir, 'speechd.sock')
  const daemon: ChildProcess = spawn(
    DAEMON,
    ['--run-single', '-C', config, '-c', 'unix_socket', '-S', socket, '-t', '0', '-L', dir],
    { stdio: 'ignore' },
  )
  const deadline = Date.now() + 10_000
  while (!existsSync(socket)) {
    if (Date.now() > deadline || daemon.exitCode !== null) {
      daemon.kill()
      throw new Error('speech-dispatcher did not open its socket within 10 s')
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  return {
    address: `unix_socket:${socket}`,
    stop() {
      daemon.kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
