import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  accessSync,
  appendFileSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

/** Where Debian (and Ubuntu) install the pieces Chromium's speech needs on Linux. */
const LIBSPEECHD = [
  '/usr/lib/x86_64-linux-gnu/libspeechd.so.2',
  '/usr/lib/aarch64-linux-gnu/libspeechd.so.2',
  '/usr/lib/libspeechd.so.2',
]
const MODULE = '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'

/** What the probe asks of the machine: a seam so its unit test can play present/absent/broken. */
export interface SpeechProbeHost {
  readonly platform: NodeJS.Platform
  /** Where `command` is found on PATH, or null. */
  which(command: string): string | null
  exists(path: string): boolean
  /** Runs a command briefly; `status` is null when it could not start or timed out. */
  run(command: string, args: readonly string[]): { status: number | null; output: string }
}

export type SpeechStack =
  | { readonly usable: true; readonly daemon: string }
  | { readonly usable: false; readonly reason: string }

/**
 * Can the real-voice e2e run here? Installed is not enough: the programs must run and espeak-ng
 * must have the English and Spanish voices the test listens for. The commands are found on PATH
 * (as a shell would), so a run with them off PATH takes the skip path for real. The daemon's
 * espeak-ng module and libspeechd (which Chromium loads itself) are at Debian's fixed paths.
 */
export function probeSpeechStack(host: SpeechProbeHost = realHost): SpeechStack {
  const no = (reason: string): SpeechStack => ({ usable: false, reason })
  if (host.platform !== 'linux') return no('speech-dispatcher is the Linux speech service')
  const daemon = host.which('speech-dispatcher')
  const espeak = host.which('espeak-ng')
  const missing = [
    daemon === null ? 'speech-dispatcher on PATH (apt-get install speech-dispatcher)' : null,
    espeak === null ? 'espeak-ng on PATH (apt-get install espeak-ng)' : null,
    host.exists(MODULE) ? null : `${MODULE} (apt-get install speech-dispatcher-espeak-ng)`,
    LIBSPEECHD.some((path) => host.exists(path)) ? null : 'libspeechd.so.2 (libspeechd2)',
  ].filter((item) => item !== null)
  if (daemon === null || espeak === null || missing.length > 0)
    return no(`not installed: ${missing.join(', ')}`)

  const firstLine = (output: string) => output.trim().split('\n')[0] ?? ''
  const voices = host.run(espeak, ['--voices'])
  if (voices.status !== 0) return no(`${espeak} is installed but does not run (${why(voices)})`)
  const lacking = ['en', 'es'].filter(
    (language) => !new RegExp(`^\\s*\\d+\\s+${language}[-\\s]`, 'm').test(voices.output),
  )
  if (lacking.length > 0)
    return no(`espeak-ng lists no voice for ${lacking.join(', ')} (espeak-ng-data incomplete?)`)
  const version = host.run(daemon, ['--version'])
  if (version.status !== 0) return no(`${daemon} is installed but does not run (${why(version)})`)
  return { usable: true, daemon }

  function why(result: { status: number | null; output: string }) {
    const said = firstLine(result.output)
    const how = result.status === null ? 'did not start or timed out' : `exit ${result.status}`
    return said === '' ? how : `${how}: ${said}`
  }
}

const realHost: SpeechProbeHost = {
  platform: process.platform,
  which(command) {
    for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
      if (dir === '') continue
      const path = join(dir, command)
      try {
        accessSync(path, constants.X_OK)
        return path
      } catch {
        // Not here: the next directory on PATH.
      }
    }
    return null
  },
  exists: existsSync,
  run(command, args) {
    const result = spawnSync(command, [...args], { encoding: 'utf8', timeout: 5_000 })
    return {
      status: result.error === undefined ? result.status : null,
      output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
    }
  },
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
export async function startSpeechDaemon(daemonPath: string): Promise<SpeechDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-speechd-'))
  const config = join(dir, 'config')
  cpSync('/etc/speech-dispatcher', config, { recursive: true })
  appendFileSync(
    join(config, 'speechd.conf'),
    '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nDefaultModule espeak-ng\n',
  )
  const socket = join(dir, 'speechd.sock')
  const daemon: ChildProcess = spawn(
    daemonPath,
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
