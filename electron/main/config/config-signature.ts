import { createHash, createPrivateKey, createPublicKey, verify, type KeyObject } from 'node:crypto'
import { join, win32 } from 'node:path'

import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import type { ReadFile } from './read-config-file'
import { fsErrorCode, isMissingFile } from './file-errors'
import { refusedFileText } from './regular-file'

/** The detached signature sits beside the file: `kiosk.config.json.sig`. */
export const SIGNATURE_SUFFIX = '.sig'
export const PUBLIC_KEY_FILE_NAME = 'config-signing-key.pem'
const SIGNATURE = '(signature)'
const ED25519_SIGNATURE_BYTES = 64
/** A signature file is 88 characters of base64 and a newline; 1 KiB leaves room for whitespace. */
export const MAX_SIGNATURE_BYTES = 1024
/** An Ed25519 public key in PEM is 113 bytes; even an RSA-4096 one is under 1 KiB. */
export const MAX_PUBLIC_KEY_BYTES = 4096
/** Any PEM private key: PKCS#8 (plain or encrypted), OpenSSL's RSA/EC, OpenSSH. */
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/

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
  | { readonly kind: 'key'; readonly key: KeyObject; readonly fingerprint: string }
  | { readonly kind: 'problem'; readonly problem: ConfigProblem }

/**
 * Reads the Ed25519 public key (PEM, SPKI: what `npm run sign-config -- --new-key` and
 * `openssl pkey -pubout` write). A key that exists but cannot be read or is not Ed25519 is a
 * problem, never "no key": failing open would let a damaged key switch signing off.
 *
 * A PRIVATE key there is refused, though Node would derive the public half from it and verify
 * happily: the key folder is readable by every account on the kiosk, and whoever copies that
 * file can sign configurations for the whole fleet. Nothing from the file is ever repeated in a
 * problem or a log.
 *
 * `required`: the key was named explicitly (`check-config --key <file>`), so a missing file is a
 * problem too.
 */
export async function readPublicKey(
  path: string,
  readFile: ReadFile,
  required = false,
): Promise<PublicKeyRead> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path, MAX_PUBLIC_KEY_BYTES)
  } catch (error) {
    const code = fsErrorCode(error)
    if (isMissingFile(code))
      return required ? keyProblem(`the signing key ${path} does not exist`) : { kind: 'absent' }
    const refused = refusedFileText(error)
    return keyProblem(
      `the signing key ${path} ${refused ?? `cannot be read (${code ?? 'unknown error'})`}`,
    )
  }
  if (isPrivateKey(bytes))
    return keyProblem(
      `the signing key ${path} is a PRIVATE key: remove it from this computer now and install the public key instead (the .pem that sign-config --new-key wrote); anyone who copied it can sign configurations, so make a new key pair and re-sign`,
    )
  try {
    const key = createPublicKey({ key: Buffer.from(bytes), format: 'pem' })
    if (key.asymmetricKeyType !== 'ed25519')
      return keyProblem(`the signing key ${path} is not an Ed25519 public key`)
    return { kind: 'key', key, fingerprint: keyFingerprint(key) }
  } catch {
    return keyProblem(`the signing key ${path} is not a PEM public key`)
  }
}

/** True for any PEM private key, including ones Node cannot parse (encrypted, OpenSSH). */
function isPrivateKey(bytes: Uint8Array): boolean {
  if (PRIVATE_KEY_PEM.test(Buffer.from(bytes).toString('latin1'))) return true
  try {
    createPrivateKey({ key: Buffer.from(bytes), format: 'pem' })
    return true
  } catch {
    return false
  }
}

/**
 * The SHA-256 of the public key (its DER SPKI bytes) in hex: what `sign-config` prints after
 * signing and `check-config` prints after verifying, so IT can tell the keys apart without any
 * key appearing in a terminal or a log.
 */
export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
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
    signatureBytes = await readFile(signaturePath, MAX_SIGNATURE_BYTES)
  } catch (error) {
    const code = fsErrorCode(error)
    const refused = refusedFileText(error)
    return {
      path: SIGNATURE,
      message: isMissingFile(code)
        ? `is missing: a signed configuration is required and ${signaturePath} does not exist`
        : `${signaturePath} ${refused ?? `cannot be read (${code ?? 'unknown error'})`}`,
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
