// npm start: make sure the Electron binary is present, build, then run the kiosk.
// Electron downloads its binary on first run. Where that is impossible (this machine cannot
// reach Electron's download host) stop with a short explanation instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const dev = process.argv.includes('--dev')
const electronDir = dirname(require.resolve('electron/package.json'))

function installedBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

let binary = installedBinary()
if (binary === null) {
  console.log('Downloading the Electron binary (first run only)…')
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  })
  binary = installedBinary()
  if (binary === null) {
    const reason =
      `${download.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? 'no reason given'
    console.error(
      [
        'The Electron binary could not be downloaded, so the kiosk cannot start on this machine.',
        `  reason: ${reason.trim()}`,
        'Electron needs access to its download host (and Node 22.12+ for its downloader).',
        'To see the patient flow without Electron, run:  npm run preview',
      ].join('\n'),
    )
    process.exit(1)
  }
}

const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (built.status !== 0) process.exit(built.status ?? 1)
const run = spawnSync(binary, ['.', ...(dev ? ['--dev'] : [])], { stdio: 'inherit' })
process.exit(run.status ?? 1)
