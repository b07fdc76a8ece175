import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { join, win32 } from 'node:path'

import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import type { ReadFile } from './read-config-file'
import { fsErrorCode, isMissingFile } from './file-errors'

/** The detached signature sits beside the file: `kiosk.config.json.sig`. */
export const SIGNATURE_SUFFIX = '.sig'
export const PUBLIC_KEY_FILE_NAME = 'config-signing-key.pem'
const SIGNATURE = '(signature)'
const ED25519_SIGNATURE_BYTES = 64

/**
 * Where IT installs the public key: a machine-wide folder that only administrators can write,
 * never the kiosk account's user-data folder (whoever can write there could replace both the
 * file and the key). A fixed path, not read from the environment or the command line: the
 * kiosk account can set its own environment variables (HKCU\Environment on Windows) and would
 * otherwise point the kiosk at a folder with no key, switching signing off. Tests pass their
 * own path to `loadConfig`.
 */
export function publicKeyLocation(platform: NodeJS.Platform): string {
  if (platform === 'win32')
    return win32.join('C:\\ProgramData', 'portal-kiosk', PUBLIC_KEY_FILE_NAME)
  if (platform === 'darwin')
    return join('/Library/Application Support/portal-kiosk', PUBLIC_KEY_FILE_NAME)
  return join('/etc/portal-kiosk', PUBLIC_KEY_FILE_NAME)
}

export type PublicKeyRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'key'; readonly key: KeyObject }
  | { readonly kind: 'problem'; readonly problem: ConfigProblem }

/**
 * Reads the Ed25519 public key (PEM, SPKI: what `npm run sign-config -- --new-key` and
 * `openssl pkey -pubout` write). A key that exists but cannot be read or is not Ed25519 is a
 * problem, never "no key": failing open would let a damaged key switch signing off.
 */
export async function readPublicKey(path: string, readFile: ReadFile): Promise<PublicKeyRead> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = fsErrorCode(error)
    if (isMissingFile(code)) return { kind: 'absent' }
    return keyProblem(`the signing key ${path} cannot be read (${code ?? 'unknown error'})`)
  }
  try {
    const key = createPublicKey({ key: Buffer.from(bytes), format: 'pem' })
    if (key.asymmetricKeyType !== 'ed25519')
      return keyProblem(`the signing key ${path} is not an Ed25519 public key`)
    return { kind: 'key', key }
  } catch {
    return keyProblem(`the signing key ${path} is not a PEM public key`)
  }
}

/**
 * Checks a detached signature over the file's exact bytes. The signature file holds the 64-byte
 * Ed25519 signature in base64 (surrounding whitespace ignored). Every failure is a problem for
 * the "not configured" screen; none says which byte differs.
 */
export async function verifyConfigSignature(
  configPath: string,
  configBytes: Uint8Array,
  key: KeyObject,
  readFile: ReadFile,
): Promise<ConfigProblem | null> {
  const signaturePath = configPath + SIGNATURE_SUFFIX
  let signatureBytes: Uint8Array
  try {
    signatureBytes = await readFile(signaturePath)
  } catch {
    return {
      path: SIGNATURE,
      message: `is missing: a signed configuration is required and ${signaturePath} cannot be read`,
    }
  }
  const text = new TextDecoder().decode(signatureBytes).trim()
  const signature = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : null
  if (signature === null || signature.byteLength !== ED25519_SIGNATURE_BYTES)
    return { path: SIGNATURE, message: 'is not an Ed25519 signature (64 bytes in base64)' }
  // Ed25519 takes no digest name: node:crypto signs the message itself (RFC 8032).
  if (!verify(null, configBytes, key, signature))
    return {
      path: SIGNATURE,
      message: 'does not match: the file was changed after signing, or signed with another key',
    }
  return null
}

function keyProblem(message: string): PublicKeyRead {
  return { kind: 'problem', problem: { path: SIGNATURE, message } }
}
