// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { thisHost } from '../../../scripts/chromium-finder.mjs'
import {
  canInstallPromtool,
  findPromtool,
  provisionPromtool,
} from '../../../scripts/provision-promtool.mjs'

const prometheusDir = resolve(import.meta.dirname, '../../../deploy/prometheus')
const testsDir = join(prometheusDir, 'tests')
const ruleFiles = readdirSync(prometheusDir).filter((name) => name.endsWith('.rules.yaml'))
const testFiles = readdirSync(testsDir).filter((name) => name.endsWith('.test.yaml'))
const read = (path: string) => readFileSync(path, 'utf8')
const alerts = ruleFiles.flatMap((name) =>
  [...read(join(prometheusDir, name)).matchAll(/^\s+- alert: (\w+)$/gm)].map((match) => match[1]),
)
const tests = testFiles.map((name) => read(join(testsDir, name))).join('\n')

const host = thisHost()
const promtool = findPromtool(host)
/** CI (Debian, root): the pretest installs promtool, so a missing one is a failure, not a skip. */
const mustRun = canInstallPromtool(host) && process.env['CI'] !== undefined
if (promtool === null && !mustRun)
  console.warn(
    'deploy/prometheus: promtool not found, skipping the rule unit tests (npm test installs it on Debian/Ubuntu as root; or apt-get install prometheus)',
  )

describe('deploy/prometheus: every alert is unit-tested with promtool', () => {
  it('has alerts, and each one has a test that expects it to fire and one that expects quiet', () => {
    expect(alerts.length).toBeGreaterThan(4)
    for (const alert of alerts) {
      const firing = new RegExp(`alertname: ${alert}\\n\\s+exp_alerts:\\n\\s+- exp_labels:`)
      const quiet = new RegExp(`alertname: ${alert}\\n\\s+exp_alerts: \\[\\]`)
      expect(tests, `${alert} fires in a test`).toMatch(firing)
      expect(tests, `${alert} stays quiet in a test`).toMatch(quiet)
    }
  })

  it('the tests load every rules file in deploy/prometheus', () => {
    for (const name of ruleFiles) expect(tests).toContain(`- ../${name}`)
  })

  it.skipIf(promtool === null && !mustRun)(
    'promtool test rules passes',
    () => {
      expect(promtool, 'promtool should have been installed by the pretest').not.toBeNull()
      for (const name of testFiles) {
        const result = spawnSync(promtool ?? 'promtool', ['test', 'rules', join(testsDir, name)], {
          encoding: 'utf8',
          timeout: 60_000,
        })
        expect(result.stdout + result.stderr).toContain('SUCCESS')
        expect(result.status, result.stdout + result.stderr).toBe(0)
      }
    },
    70_000,
  )
})

describe('provisionPromtool (the pretest)', () => {
  const debian = 'ID=debian\nVERSION_ID="12"\n'
  const fakeHost = (
    facts: Partial<{ files: string[]; osRelease: string | null; isRoot: boolean; path: string }>,
  ) => {
    const files = new Set(facts.files ?? [])
    return {
      env: { PATH: facts.path ?? '/usr/local/bin:/usr/bin' },
      platform: 'linux',
      isExecutable: (path: string) => files.has(path),
      osRelease: facts.osRelease === undefined ? debian : facts.osRelease,
      isRoot: facts.isRoot ?? true,
    }
  }

  it('uses a promtool on PATH', () => {
    const said: string[] = []
    const code = provisionPromtool({
      host: fakeHost({ files: ['/usr/local/bin/promtool'] }),
      run: () => {
        throw new Error('nothing to install')
      },
      say: (message) => said.push(message),
    })
    expect(code).toBe(0)
    expect(said).toEqual(['using /usr/local/bin/promtool'])
  })

  it("installs Debian's prometheus package as root on Debian, then finds /usr/bin/promtool", () => {
    const files: string[] = []
    const ran: string[] = []
    const host = fakeHost({})
    host.isExecutable = (path) => files.includes(path)
    const code = provisionPromtool({
      host,
      run: (command, args) => {
        ran.push([command, ...args].join(' '))
        if (args[0] === 'install') files.push('/usr/bin/promtool')
        return 0
      },
      say: () => undefined,
    })
    expect(code).toBe(0)
    expect(ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends prometheus'])
  })

  it('fails the pretest when the install fails where it must work', () => {
    expect(provisionPromtool({ host: fakeHost({}), run: () => 100, say: () => undefined })).toBe(1)
  })

  it.each([
    ['not root', { isRoot: false }],
    ['not Debian', { osRelease: 'ID=fedora\n' }],
  ])('skips with the reason and the command when %s', (_name, facts) => {
    const said: string[] = []
    const code = provisionPromtool({
      host: fakeHost(facts),
      run: () => {
        throw new Error('must not install')
      },
      say: (message) => said.push(message),
    })
    expect(code).toBe(0)
    expect(said.join('\n')).toMatch(/rule tests will be skipped.*apt-get install -y prometheus/)
  })
})
