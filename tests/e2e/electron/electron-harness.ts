import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/**
 * Shared by the real-Electron e2e files: where the binary is, why a run must be skipped, a
 * throwaway certificate, polling, and reading the kiosk's audit log.
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
