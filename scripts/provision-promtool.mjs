// pretest: make sure `npm test` can run the promtool unit tests of deploy/prometheus/ (every
// alert rule, with the series Prometheus would scrape). promtool found → used as is; on Debian or
// Ubuntu as root (CI) → Debian's `prometheus` package is installed with apt-get, which ships
// /usr/bin/promtool (a failure there fails the pretest: CI must really run the rule tests);
// anywhere else → it says why the rule tests will be skipped and how to get promtool.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { isDebianLike, thisHost } from './chromium-finder.mjs'

export const PROMTOOL_APT_COMMAND = 'apt-get update && apt-get install -y prometheus'

/**
 * Where promtool is: $PROMTOOL_PATH, else the first on PATH, else Debian's /usr/bin/promtool.
 * @param {import('./chromium-finder.mjs').Host} host
 * @returns {string | null}
 */
export function findPromtool(host) {
  const explicit = host.env.PROMTOOL_PATH
  if (explicit !== undefined && explicit !== '')
    return host.isExecutable(explicit) ? explicit : null
  const dirs = (host.env.PATH ?? '').split(host.platform === 'win32' ? ';' : ':').filter(Boolean)
  const name = host.platform === 'win32' ? 'promtool.exe' : 'promtool'
  return (
    [...dirs.map((dir) => join(dir, name)), '/usr/bin/promtool'].find((path) =>
      host.isExecutable(path),
    ) ?? null
  )
}

/**
 * True where promtool can and must be installed (Debian or Ubuntu, as root: CI), so the rule
 * tests fail rather than skip when it is missing.
 * @param {import('./chromium-finder.mjs').Host} host
 */
export function canInstallPromtool(host) {
  return (
    host.platform === 'linux' &&
    host.osRelease !== null &&
    isDebianLike(host.osRelease) &&
    host.isRoot
  )
}

/**
 * @param {{ host?: import('./chromium-finder.mjs').Host,
 *   run?: (command: string, args: string[]) => number, say?: (message: string) => void }} [options]
 * @returns {number} the pretest's exit code
 */
export function provisionPromtool({
  host = thisHost(),
  run = (command, args) =>
    spawnSync(command, args, {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status ?? 1,
  say = (message) => void process.stderr.write(`[promtool] ${message}\n`),
} = {}) {
  const found = findPromtool(host)
  if (found !== null) {
    say(`using ${found}`)
    return 0
  }
  if (!canInstallPromtool(host)) {
    say(
      `not found, and this is not Debian/Ubuntu as root: the deploy/prometheus rule tests will be skipped. To run them: ${PROMTOOL_APT_COMMAND} (Debian/Ubuntu), or put Prometheus's promtool on PATH.`,
    )
    return 0
  }
  say('not found; installing Debian’s prometheus package for promtool…')
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'prometheus']]) {
    say(`$ apt-get ${args.join(' ')}`)
    const code = run('apt-get', args)
    if (code !== 0) {
      say(`"apt-get ${args.join(' ')}" failed (exit ${code}).`)
      return 1
    }
  }
  const after = findPromtool(host)
  if (after === null) {
    say('apt-get finished but there is still no promtool.')
    return 1
  }
  say(`installed: ${after}`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = provisionPromtool()
}
