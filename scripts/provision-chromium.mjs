// pretest: make sure `npm test` has a browser to drive, so a fresh clone needs only
// `npm install && npm test`. Acts on what scripts/chromium-finder.mjs decides: a browser found
// is used as is; on Debian or Ubuntu as root, Debian's chromium is installed with apt-get (its
// output on stderr); anywhere else it stops with the exact command to run.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

import { decideChromium, thisHost } from './chromium-finder.mjs'

/**
 * Runs one command with its output on our stderr (stdout stays free); returns the exit code.
 * @param {string} command
 * @param {string[]} args
 */
function runOnStderr(command, args) {
  const step = spawnSync(command, args, {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return step.status ?? 1
}

/**
 * Provisions a browser; returns the exit code for the pretest (0: there is one to drive).
 * `host` and `run` are injected by the tests; `say` writes progress.
 * @param {{ host?: import('./chromium-finder.mjs').Host,
 *   run?: (command: string, args: string[]) => number, say?: (message: string) => void }} [options]
 */
export function provisionChromium({
  host = thisHost(),
  run = runOnStderr,
  say = (message) => void process.stderr.write(`[chromium] ${message}\n`),
} = {}) {
  const decision = decideChromium(host)
  if (decision.action === 'stop') {
    say(decision.message)
    return 1
  }
  if (decision.action === 'use') {
    say(`using ${decision.path}${decision.source === 'CHROMIUM_PATH' ? ' (CHROMIUM_PATH)' : ''}`)
    return 0
  }
  say('no Chromium or Chrome found; installing Debian’s chromium (about a minute)…')
  for (const [command, ...args] of decision.command) {
    say(`$ ${command} ${args.join(' ')}`)
    const code = run(command, args)
    if (code !== 0) {
      say(`"${command} ${args.join(' ')}" failed (exit ${code}).`)
      return 1
    }
  }
  const after = decideChromium(host)
  if (after.action !== 'use') {
    say(`apt-get finished but there is still no browser at ${decision.path}.`)
    return 1
  }
  say(`installed: ${after.path}`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = provisionChromium()
}
