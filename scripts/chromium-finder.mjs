// THE place that says which Chromium (or Chrome) the e2e tests and the bench drive. Pure
// decision logic with the file system, platform and environment injected (unit-tested in
// tests/scripts/chromium-finder.test.ts); scripts/provision-chromium.mjs acts on the decision
// before `npm test`, scripts/debian-chromium.mjs launches what findChromium() returns.
import { accessSync, constants, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The facts about a machine that the decision needs (injected, so tests can describe any host).
 * @typedef {{ env: Record<string, string | undefined>, platform: string,
 *   isExecutable: (path: string) => boolean, osRelease: string | null, isRoot: boolean }} Host
 */

/** What to run, as a user would type it, on a Debian or Ubuntu machine. */
export const APT_COMMAND = 'apt-get update && apt-get install -y chromium'

/**
 * Where Chromium and Chrome are usually installed, in the order they are tried.
 * @param {string} platform
 * @param {Record<string, string | undefined>} env
 */
export function usualLocations(platform, env) {
  if (platform === 'darwin') {
    const home = env.HOME ?? ''
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ...(home === ''
        ? []
        : [
            join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
            join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
          ]),
    ]
  }
  if (platform === 'win32') {
    // Built with backslashes whatever the host: these are Windows paths.
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean)
    return roots.flatMap((root) => [
      `${root}\\Chromium\\Application\\chrome.exe`,
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
    ])
  }
  // Linux and other Unix: Debian's package first (what CI installs), then the common names.
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/local/bin/chromium',
  ]
}

/** True for Debian, Ubuntu and their derivatives, from the text of /etc/os-release. @param {string} osRelease */
export function isDebianLike(osRelease) {
  const field = (name) =>
    osRelease
      .match(new RegExp(`^${name}=(.*)$`, 'm'))?.[1]
      ?.replace(/^["']|["']$/g, '')
      .toLowerCase()
      .split(/\s+/) ?? []
  return [...field('ID'), ...field('ID_LIKE')].some((id) => id === 'debian' || id === 'ubuntu')
}

/**
 * What to do, from the facts injected in `host`:
 * - `{ action: 'use', path, source }`: a browser was found (`source`: 'CHROMIUM_PATH' or 'usual');
 * - `{ action: 'install', command, path }`: Debian/Ubuntu as root with none found, so install
 *   Debian's chromium with `command` (an argv list per step), then use `path`;
 * - `{ action: 'stop', message }`: nothing to drive and nothing we may install; `message` says
 *   exactly what to do.
 *
 * @param {Host} host
 */
export function decideChromium({ env, platform, isExecutable, osRelease, isRoot }) {
  const explicit = env.CHROMIUM_PATH
  if (explicit !== undefined && explicit !== '') {
    // An explicit choice that is wrong is an error, never a reason to quietly use another.
    return isExecutable(explicit)
      ? { action: 'use', path: explicit, source: 'CHROMIUM_PATH' }
      : {
          action: 'stop',
          message: `CHROMIUM_PATH is set to ${explicit}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to look in the usual places.`,
        }
  }
  const found = usualLocations(platform, env).find((path) => isExecutable(path))
  if (found !== undefined) return { action: 'use', path: found, source: 'usual' }

  const debian = platform === 'linux' && osRelease !== null && isDebianLike(osRelease)
  if (debian && isRoot) {
    return {
      action: 'install',
      command: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
      path: '/usr/bin/chromium',
    }
  }
  const how = debian
    ? `sudo sh -c '${APT_COMMAND}'`
    : platform === 'darwin'
      ? 'brew install --cask chromium'
      : platform === 'win32'
        ? 'winget install --id Hugo.Chromium (or install Google Chrome)'
        : `install Chromium with your package manager (on Debian or Ubuntu: ${APT_COMMAND})`
  return {
    action: 'stop',
    message: `No Chromium or Chrome found for the e2e tests and the bench. Run: ${how}\nthen npm test again, or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  }
}

/** The facts of this machine, for decideChromium(). @returns {Host} */
export function thisHost() {
  let osRelease = null
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8')
  } catch {
    // Not Linux, or a minimal system without it: then we never install anything.
  }
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: (path) => {
      try {
        accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK)
        return true
      } catch {
        return false
      }
    },
    osRelease,
    isRoot: process.getuid?.() === 0,
  }
}

/**
 * The browser to launch; throws with the exact remedy when there is none (see pretest).
 * @param {Host} [host]
 */
export function findChromium(host = thisHost()) {
  const decision = decideChromium(host)
  if (decision.action === 'use') return decision.path
  if (decision.action === 'stop') throw new Error(decision.message)
  throw new Error(
    `No Chromium or Chrome found. npm test installs Debian's chromium before it runs (pretest); outside npm test run: ${APT_COMMAND}`,
  )
}
