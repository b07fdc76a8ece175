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
 * Appends the switch on Linux, before `ready` (the TTS platform is created on first use, but a
 * switch appended late is not guaranteed to be seen). Returns whether it is now set.
 */
export function enableSpeechDispatcher(
  app: Pick<App, 'commandLine'>,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'linux') return false
  if (!app.commandLine.hasSwitch(SPEECH_DISPATCHER_SWITCH))
    app.commandLine.appendSwitch(SPEECH_DISPATCHER_SWITCH)
  return true
}
