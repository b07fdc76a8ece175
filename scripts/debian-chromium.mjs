// Chromium, launched the way that works on these machines (e2e tests and the bench). Which
// binary is decided in one place, scripts/chromium-finder.mjs (CHROMIUM_PATH, then the usual
// locations); `npm test` installs Debian's chromium first when there is none (pretest).
import { chromium } from 'playwright-core'

import { findChromium } from './chromium-finder.mjs'

/** The binary every test and the bench drive; throws with the remedy when there is none. */
export const chromiumPath = () => findChromium()

/** No sandbox (CI runs as root), no background network (the network is closed), no first-run UI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * A headless Chromium with a fresh, empty profile (plus `extraArgs`, e.g. V8 flags, and `env`
 * for the browser process, e.g. the speech-dispatcher address of the real-voice e2e).
 * @param {{ extraArgs?: string[], env?: Record<string, string> }} [options]
 */
export function launchDebianChromium({ extraArgs = [], env } = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    ...(env === undefined ? {} : { env: { ...process.env, ...env } }),
  })
}
