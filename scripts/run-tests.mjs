// `npm test`: typecheck, lint, build, unit, e2e, one after the other, stopping at the first that
// fails (with its exit code, so CI sees the same failure), then one line saying where the time
// went. Each part stays its own npm script (`npm run lint`…) for running alone.
import { spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/** The parts of `npm test`, in order: the quick checks first, the browser last. */
export const TEST_STEPS = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'build', script: 'build' },
  { name: 'unit', script: 'test:unit' },
  { name: 'e2e', script: 'test:e2e' },
]

/**
 * One summary line, e.g. `npm test: typecheck 41s · lint 38s · build 12s · unit 95s · e2e 1012s
 * · total 1198s`; a failed part says so, and the parts after it are not listed (they did not run).
 * @param {readonly { name: string, ms: number, code: number }[]} results
 */
export function summaryLine(results) {
  const seconds = (ms) => `${Math.round(ms / 1000)}s`
  const parts = results.map(({ name, ms, code }) =>
    code === 0 ? `${name} ${seconds(ms)}` : `${name} FAILED (exit ${code}) after ${seconds(ms)}`,
  )
  const total = results.reduce((sum, { ms }) => sum + ms, 0)
  return `npm test: ${[...parts, `total ${seconds(total)}`].join(' · ')}`
}

/**
 * Runs the steps in order until one fails; returns what ran and the exit code for the process.
 * `run` resolves to a step's exit code; `now` is a clock in milliseconds (both injected by tests).
 * @param {readonly { name: string, script: string }[]} steps
 * @param {(script: string) => Promise<number>} run
 * @param {() => number} now
 */
export async function runSteps(steps, run, now) {
  const results = []
  for (const { name, script } of steps) {
    const started = now()
    const code = await run(script)
    results.push({ name, ms: now() - started, code })
    if (code !== 0) return { results, code }
  }
  return { results, code: 0 }
}

/**
 * `npm run <script>` with the terminal handed over. A part killed by a signal counts as failed
 * with the shell's convention (128 + the signal's number), never as a pass.
 * @param {string} script
 * @returns {Promise<number>}
 */
function npmRun(script) {
  return new Promise((resolve) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    child.on('error', () => resolve(1))
    child.on('exit', (code, signal) => {
      if (code !== null) resolve(code)
      else resolve(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGKILL' ? 9 : 15))
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { results, code } = await runSteps(TEST_STEPS, npmRun, () => performance.now())
  console.log(`\n${summaryLine(results)}`)
  process.exitCode = code
}
