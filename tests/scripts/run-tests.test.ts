// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { runSteps, summaryLine, TEST_STEPS } from '../../scripts/run-tests.mjs'

/** A clock that moves by each step's duration while the step "runs". */
function fakeRun(outcomes: Record<string, { seconds: number; code: number }>) {
  let now = 0
  const ran: string[] = []
  const run = (script: string) => {
    ran.push(script)
    const outcome = outcomes[script] ?? { seconds: 1, code: 0 }
    now += outcome.seconds * 1000
    return Promise.resolve(outcome.code)
  }
  return { ran, run, now: () => now }
}

describe('npm test', () => {
  it('runs every part in order and sums their times in one line', async () => {
    const fake = fakeRun({
      typecheck: { seconds: 41, code: 0 },
      lint: { seconds: 38, code: 0 },
      build: { seconds: 12, code: 0 },
      'test:unit': { seconds: 95, code: 0 },
      'test:e2e': { seconds: 1012, code: 0 },
    })
    const { results, code } = await runSteps(TEST_STEPS, fake.run, fake.now)
    expect(fake.ran).toEqual(['typecheck', 'lint', 'build', 'test:unit', 'test:e2e'])
    expect(code).toBe(0)
    expect(summaryLine(results)).toBe(
      'npm test: typecheck 41s · lint 38s · build 12s · unit 95s · e2e 1012s · total 1198s',
    )
  })

  it('stops at the first part that fails, with its exit code, and says which', async () => {
    const fake = fakeRun({
      typecheck: { seconds: 40, code: 0 },
      lint: { seconds: 20.4, code: 2 },
    })
    const { results, code } = await runSteps(TEST_STEPS, fake.run, fake.now)
    expect(fake.ran).toEqual(['typecheck', 'lint'])
    expect(code).toBe(2)
    expect(summaryLine(results)).toBe(
      'npm test: typecheck 40s · lint FAILED (exit 2) after 20s · total 60s',
    )
  })

  it('keeps each part its own npm script, and the pretest that provisions a browser and promtool', () => {
    const { scripts } = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { scripts: Record<string, string> }
    expect(scripts['test']).toBe('node scripts/run-tests.mjs')
    expect(scripts['pretest']).toBe(
      'node scripts/provision-chromium.mjs && node scripts/provision-promtool.mjs',
    )
    for (const { script } of TEST_STEPS) expect(scripts[script], script).toBeDefined()
  })
})
