import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import { loadConfig } from './load-config'
import type { ReadFile } from './read-config-file'

/** How the signature was judged, as the kiosk would with the same key. */
export type SignatureCheck =
  | { readonly state: 'verified'; readonly keyPath: string; readonly fingerprint: string }
  /** No key at keyPath and the file does not ask for one: the kiosk would not check either. */
  | { readonly state: 'not-checked'; readonly keyPath: string }
  /** A key is installed or the file asks for signing, and the signature could not be checked. */
  | { readonly state: 'required-unchecked'; readonly keyPath: string }
  /** The check ran and failed (or the key itself is a problem): listed among the problems. */
  | { readonly state: 'failed'; readonly keyPath: string }
  /** The file failed before its signature was looked at (unreadable, not JSON…). */
  | { readonly state: 'not-reached'; readonly keyPath: string }

/** What `npm run check-config -- <file>` found: the locked screen's problems, and what to confirm. */
export interface ConfigCheck {
  readonly path: string
  readonly sha256?: string
  /** The same list the kiosk's "not configured" screen would show (empty: the file is valid). */
  readonly problems: readonly ConfigProblem[]
  /** Settings flagged `verify`, as the staff panel's banner lists them (only for a valid file). */
  readonly unverified: readonly ConfigProblem[]
  readonly signature: SignatureCheck
}

export interface CheckConfigOptions {
  readonly readFile: ReadFile
  /** The public key to verify with: `--key <file>`, else where the kiosk installs it. */
  readonly publicKeyPath: string
  /** True for `--key`: then a missing key file is a problem, not "no key installed". */
  readonly keyGiven: boolean
}

/**
 * Checks a configuration file by running the kiosk's own loader on it (the same reader, signature
 * check, schema and logo check), so the answer is the kiosk's answer, signature included.
 */
export async function checkConfigFile(
  path: string,
  options: CheckConfigOptions,
): Promise<ConfigCheck> {
  const loaded = await loadConfig({
    argv: ['--config', path],
    env: {},
    cwd: '/',
    userDataPath: '',
    readFile: options.readFile,
    publicKeyPath: options.publicKeyPath,
    publicKeyRequired: options.keyGiven,
  })
  const keyPath = options.publicKeyPath
  const hash = loaded.sha256 === undefined ? {} : { sha256: loaded.sha256 }
  if (loaded.ok)
    return {
      path,
      ...hash,
      problems: [],
      unverified: unverifiedItems(loaded.config),
      signature:
        loaded.signedWith === undefined
          ? { state: 'not-checked', keyPath }
          : { state: 'verified', keyPath, fingerprint: loaded.signedWith },
    }
  const signatureProblems = loaded.problems.filter((problem) => problem.path === '(signature)')
  const unchecked = loaded.signatureUnchecked === true
  return {
    path,
    ...hash,
    problems: loaded.problems,
    unverified: [],
    signature: {
      state: unchecked
        ? 'required-unchecked'
        : signatureProblems.length > 0
          ? 'failed'
          : 'not-reached',
      keyPath,
    },
  }
}

/** The report as plain lines, `setting.path message` like the locked screen. */
export function formatConfigCheck(check: ConfigCheck): string {
  const lines = [`File: ${check.path}`]
  if (check.sha256 !== undefined) lines.push(`SHA-256: ${check.sha256}`)
  lines.push(signatureLine(check.signature))
  if (check.problems.length > 0) {
    lines.push(
      `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'} (the kiosk would stay locked):`,
    )
    for (const problem of check.problems) lines.push(`  ${problem.path} ${problem.message}`)
  } else {
    lines.push('Valid: the kiosk would load this file.')
  }
  if (check.unverified.length > 0) {
    lines.push(
      `${check.unverified.length} unverified item${check.unverified.length === 1 ? '' : 's'} (confirm, then remove "verify"):`,
    )
    for (const item of check.unverified) lines.push(`  ${item.path} ${item.message}`)
  }
  return `${lines.join('\n')}\n`
}

function signatureLine(signature: SignatureCheck): string {
  switch (signature.state) {
    case 'verified':
      return `Signature: valid, made with the key at ${signature.keyPath} (public key SHA-256 ${signature.fingerprint})`
    case 'not-checked':
      return `Signature: not checked (no key at ${signature.keyPath}, and the file does not ask for signing; a kiosk without a key would not check it either)`
    case 'required-unchecked':
      return `Signature: REQUIRED BUT NOT CHECKED: the file asks for signing and there is no public key at ${signature.keyPath}. Give the fleet's public key: --key <public key file>`
    case 'failed':
      return 'Signature: refused (see the problems below)'
    case 'not-reached':
      return 'Signature: not checked yet (the file has problems before that point)'
  }
}
