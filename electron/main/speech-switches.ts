import type { App } from 'electron'

/**
 * Chromium's switch that lets `speechSynthesis` use speech-dispatcher on Linux. Without it the
 * Linux TTS platform reports itself unsupported and the page gets no voices and no speech:
 * `TtsPlatformImplLinux`'s constructor returns early unless the switch is present, and only
 * then loads `libspeechd.so.2` at run time (chromium/src content/browser/speech/tts_linux.cc;
 * the switch is `kEnableSpeechDispatcher`, content/public/common/content_switches.cc, "Because
 * it's buggy, the user must explicitly enable it"). Electron does not add it itself; its
 * maintainers point apps to `app.commandLine.appendSwitch('enable-speech-dispatcher')`
 * (electron/electron#4452, #22844). Windows (SAPI and OneCore voices) and macOS need nothing.
 */
export const SPEECH_DISPATCHER_SWITCH = 'enable-speech-dispatcher'

/**
 * How a clinic turns read-aloud off on Linux: `--speech=off` on the kiosk's command line (the
 * systemd unit's ExecStart) or `PORTAL_KIOSK_SPEECH=off`. Read before `ready`, which is before
 * the configuration file is loaded, hence not a configuration setting.
 */
export function speechTurnedOff(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return argv.includes('--speech=off') || env['PORTAL_KIOSK_SPEECH'] === 'off'
}

/**
 * Appends the switch on Linux, before `ready` (the TTS platform is created on first use, but a
 * switch appended late is not guaranteed to be seen), unless the clinic turned speech off.
 * Chromium lists this switch among those that "can crash and can make Chrome freeze"
 * (speech-dispatcher runs inside the browser process): a clinic that does not use "Listen"
 * should not carry that risk. A renderer stuck on speech is caught by the hang watchdog
 * (`unresponsive`, and the ping for the portal); a crash ends the process, which the systemd
 * unit (`Restart=always`) starts again. With speech off, "Listen" finds no voice and says so.
 * Returns whether the switch is now set.
 */
export function enableSpeechDispatcher(
  app: Pick<App, 'commandLine'>,
  platform: NodeJS.Platform = process.platform,
  turnedOff = false,
): boolean {
  if (platform !== 'linux' || turnedOff) return false
  if (!app.commandLine.hasSwitch(SPEECH_DISPATCHER_SWITCH))
    app.commandLine.appendSwitch(SPEECH_DISPATCHER_SWITCH)
  return true
}
