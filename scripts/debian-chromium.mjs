// Debian's Chromium, launched the way that works on these machines (e2e tests and the bench).
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

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

/** A headless Debian Chromium with a fresh, empty profile (plus `extraArgs`, e.g. V8 flags). */
export function launchDebianChromium({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  })
}
