// @vitest-environment node
import { describe, expect, it } from 'vitest'

import {
  decideChromium,
  findChromium,
  isDebianLike,
  usualLocations,
} from '../../scripts/chromium-finder.mjs'
import { provisionChromium } from '../../scripts/provision-chromium.mjs'

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
const mint = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n'
const fedora = 'NAME="Fedora Linux"\nID=fedora\n'

interface HostFacts {
  env?: Record<string, string | undefined>
  platform?: string
  files?: string[]
  osRelease?: string | null
  isRoot?: boolean
}

/** A machine described by its facts: which files are executables, which OS, root or not. */
function host({
  env = {},
  platform = 'linux',
  files = [],
  osRelease = debian,
  isRoot = true,
}: HostFacts) {
  const present = new Set(files)
  return { env, platform, isExecutable: (path: string) => present.has(path), osRelease, isRoot }
}

describe('decideChromium', () => {
  it('uses CHROMIUM_PATH first, even when a usual location also exists', () => {
    const decision = decideChromium(
      host({
        env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
        files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      }),
    )
    expect(decision).toEqual({ action: 'use', path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' })
  })

  it('stops on a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    const decision = decideChromium(
      host({ env: { CHROMIUM_PATH: '/opt/missing' }, files: ['/usr/bin/chromium'] }),
    )
    expect(decision.action).toBe('stop')
    expect(decision.action === 'stop' && decision.message).toContain('/opt/missing')
  })

  it('finds Debian chromium, then the other usual Linux names, in order', () => {
    expect(
      decideChromium(host({ files: ['/usr/bin/chromium', '/usr/bin/google-chrome'] })),
    ).toEqual({
      action: 'use',
      path: '/usr/bin/chromium',
      source: 'usual',
    })
    expect(decideChromium(host({ files: ['/usr/bin/google-chrome-stable'] }))).toMatchObject({
      action: 'use',
      path: '/usr/bin/google-chrome-stable',
    })
  })

  it('finds Chrome on macOS, also in the user’s Applications folder', () => {
    const inHome = '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(
      decideChromium(
        host({ platform: 'darwin', env: { HOME: '/Users/ana' }, files: [inHome], osRelease: null }),
      ),
    ).toMatchObject({ action: 'use', path: inHome })
  })

  it('finds Chrome on Windows under Program Files and LOCALAPPDATA', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    }
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(
      decideChromium(host({ platform: 'win32', env, files: [chrome], osRelease: null })),
    ).toMatchObject({ action: 'use', path: chrome })
    expect(usualLocations('win32', env)).toContain(
      'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    )
  })

  it.each([
    ['Debian', debian],
    ['Ubuntu', ubuntu],
  ])(
    'installs Debian’s chromium with apt-get on %s as root when nothing is found',
    (_name, osRelease) => {
      expect(decideChromium(host({ osRelease }))).toEqual({
        action: 'install',
        command: [
          ['apt-get', 'update'],
          ['apt-get', 'install', '-y', 'chromium'],
        ],
        path: '/usr/bin/chromium',
      })
    },
  )

  it('does not install without root: it says the exact command instead', () => {
    const decision = decideChromium(host({ isRoot: false }))
    expect(decision).toMatchObject({ action: 'stop' })
    expect(decision.action === 'stop' && decision.message).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y chromium'",
    )
  })

  it.each([
    ['Fedora', 'linux', fedora, 'install Chromium with your package manager'],
    ['a Linux without os-release', 'linux', null, 'install Chromium with your package manager'],
    ['macOS', 'darwin', null, 'brew install --cask chromium'],
    ['Windows', 'win32', null, 'winget install'],
  ])(
    'never installs anything on %s: it stops with the command',
    (_name, platform, osRelease, command) => {
      const decision = decideChromium(host({ platform, osRelease }))
      expect(decision.action).toBe('stop')
      expect(decision.action === 'stop' && decision.message).toContain(command)
    },
  )
})

describe('isDebianLike', () => {
  it('reads ID and ID_LIKE, quoted or not', () => {
    expect(isDebianLike(debian)).toBe(true)
    expect(isDebianLike(ubuntu)).toBe(true)
    expect(isDebianLike(mint)).toBe(true)
    expect(isDebianLike(fedora)).toBe(false)
    expect(isDebianLike('ID=debianish\n')).toBe(false)
  })
})

describe('findChromium (what the tests and the bench launch)', () => {
  it('returns the decided path, and throws the remedy when there is none', () => {
    expect(findChromium(host({ files: ['/usr/bin/chromium-browser'] }))).toBe(
      '/usr/bin/chromium-browser',
    )
    expect(() => findChromium(host({ isRoot: false }))).toThrow(/apt-get install -y chromium/)
    expect(() => findChromium(host({}))).toThrow(/pretest/)
  })
})

describe('provisionChromium (the pretest)', () => {
  it('runs apt-get update then install, and succeeds once the browser is there', () => {
    const files: string[] = []
    const runs: string[] = []
    const lines: string[] = []
    const code = provisionChromium({
      host: { ...host({}), isExecutable: (path: string) => files.includes(path) },
      run: (command: string, args: string[]) => {
        runs.push([command, ...args].join(' '))
        if (args.includes('install')) files.push('/usr/bin/chromium')
        return 0
      },
      say: (line: string) => void lines.push(line),
    })
    expect(code).toBe(0)
    expect(runs).toEqual(['apt-get update', 'apt-get install -y chromium'])
    expect(lines.at(-1)).toBe('installed: /usr/bin/chromium')
  })

  it('fails when apt-get fails, or when it leaves no browser behind', () => {
    const say = () => undefined
    expect(provisionChromium({ host: host({}), run: () => 100, say })).toBe(1)
    expect(provisionChromium({ host: host({}), run: () => 0, say })).toBe(1)
  })

  it('runs nothing when a browser is already there, and fails without one where it may not install', () => {
    const run = () => {
      throw new Error('must not run anything')
    }
    const say = () => undefined
    expect(provisionChromium({ host: host({ files: ['/usr/bin/chromium'] }), run, say })).toBe(0)
    expect(
      provisionChromium({ host: host({ platform: 'darwin', osRelease: null }), run, say }),
    ).toBe(1)
  })
})
