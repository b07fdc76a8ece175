import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

import { _electron, type ElectronApplication, type Page } from 'playwright-core'

import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'

/**
 * Shared by the real-Electron e2e files: where the binary is, why a run must be skipped, a
 * throwaway certificate, polling, reading the kiosk's audit log, and launching the built kiosk
 * against a stand-in portal.
 */
export const root = resolve(import.meta.dirname, '../../..')

export function electronBinary(): string | null {
  // The same detection as scripts/start.mjs: path.txt + the unpacked dist folder.
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Why the real-Electron cases cannot run on this machine, or null when they can. */
export function electronSkipReason(): string | null {
  if (electronBinary() === null)
    return 'the Electron binary is not installed (node_modules/electron/path.txt + dist); run `npm start` once on a machine that can download it'
  if (!existsSync(join(root, 'out/main/index.js')))
    return 'the app is not built (out/main/index.js); run `npm run build`'
  if (!hasOpenssl()) return 'openssl is needed to make the stand-in portal a throwaway certificate'
  return null
}

/** A self-signed certificate for 127.0.0.1 and localhost, and its SPKI hash for Chromium. */
export function throwawayCertificate(dir: string): { key: string; cert: string; spki: string } {
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  )
  const cert = readFileSync(certPath, 'utf8')
  const spkiDer = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' })
  return {
    key: readFileSync(keyPath, 'utf8'),
    cert,
    spki: createHash('sha256').update(spkiDer).digest('base64'),
  }
}

export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export interface AuditLine {
  readonly time: string
  readonly event: string
  readonly [field: string]: unknown
}

/** Every line of every audit file under `<userData>/audit`. */
export function readAudit(userData: string): AuditLine[] {
  const dir = join(userData, 'audit')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as AuditLine),
    )
}

/** What every stand-in portal gives: its address and a way to stop it. */
export interface StandIn {
  readonly url: string
  close(): Promise<void>
}

/** The built kiosk, running in real Electron against a stand-in portal. */
export interface RunningKiosk<Portal extends StandIn> {
  readonly app: ElectronApplication
  readonly ui: Page
  readonly portal: Portal
  readonly userData: string
  /** Only this run's audit lines: the user-data folder is the kiosk's real one. */
  audit(): AuditLine[]
  cleanUp(): Promise<void>
}

/**
 * Launches the built kiosk on a configuration file (`configure` changes the default one) that
 * points every portal at the stand-in `startPortal` serves, over a throwaway certificate.
 */
export async function launchKiosk<Portal extends StandIn>(options: {
  readonly name: string
  readonly startPortal: (tls: { key: string; cert: string }) => Promise<Portal>
  readonly configure?: (config: KioskConfig, portal: Portal) => KioskConfig
  readonly env?: Record<string, string>
}): Promise<RunningKiosk<Portal>> {
  const dir = mkdtempSync(join(tmpdir(), `kiosk-${options.name}-e2e-`))
  const tls = throwawayCertificate(dir)
  const portal = await options.startPortal(tls)
  const configPath = join(dir, 'kiosk.config.json')
  const base: KioskConfig = { ...defaultConfig, dailyRestartHour: null }
  writeFileSync(configPath, JSON.stringify(options.configure?.(base, portal) ?? base))
  const app = await _electron.launch({
    executablePath: electronBinary() ?? '',
    args: [root, `--config=${configPath}`, `--ignore-certificate-errors-spki-list=${tls.spki}`],
    env: { ...process.env, KIOSK_DEV_PORTAL_URL: portal.url, ...options.env },
  })
  const ui = await app.firstWindow()
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
  const startedAt = new Date().toISOString()
  return {
    app,
    ui,
    portal,
    userData,
    audit: () => readAudit(userData).filter((line) => line.time >= startedAt),
    cleanUp: async () => {
      await app.close().catch(() => undefined)
      await portal.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
