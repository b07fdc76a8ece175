import { defaultConfig, parseConfig } from '../../../shared/config/default-config'
import type { ConfigProblem, KioskConfig } from '../../../shared/config/kiosk-config'
import { logoFilePath, readClinicLogo, type LoadedLogo } from './clinic-logo-file'
import { readPublicKey, verifyConfigSignature } from './config-signature'
import { findConfigCandidate, type ConfigLocationInputs, type ConfigSource } from './config-source'
import { readConfigFile, type ReadFile } from './read-config-file'

/** The result of looking for and checking the configuration: a config, or its problems. */
export type ConfigLoad =
  | {
      readonly ok: true
      readonly config: KioskConfig
      readonly source: ConfigSource
      readonly sha256?: string
      /** The clinic logo's checked image, when the configuration names one. */
      readonly logo?: LoadedLogo
      /** The logo file's path, watched by live reload. */
      readonly logoPath?: string
      /** The installed key's fingerprint when the signature was verified; absent: not checked. */
      readonly signedWith?: string
    }
  | {
      readonly ok: false
      readonly problems: readonly ConfigProblem[]
      readonly source: ConfigSource
      readonly sha256?: string
      /** A valid file named a logo that failed its checks: watched, so fixing it unlocks. */
      readonly logoPath?: string
      /** The file asks for a signature and there is no key to check it with. */
      readonly signatureUnchecked?: true
    }

export interface LoadConfigDeps extends ConfigLocationInputs {
  readonly readFile: ReadFile
  /**
   * Where IT installs the config-signing public key (outside user data; see
   * `publicKeyLocation`). When a key is there, every file must carry a valid signature.
   */
  readonly publicKeyPath?: string
  /** The key was named explicitly (`check-config --key`): its absence is a problem, not "off". */
  readonly publicKeyRequired?: boolean
}

/**
 * `--config <path>` (or `--config=<path>`), then $PORTAL_KIOSK_CONFIG, then
 * `<userData>/kiosk.config.json`, else the embedded default. A bad file is reported with every
 * problem and never replaced by the default: the caller locks the kiosk instead.
 */
export async function loadConfig(deps: LoadConfigDeps): Promise<ConfigLoad> {
  const candidate = findConfigCandidate(deps)
  if ('missingValue' in candidate) {
    return {
      ok: false,
      source: { kind: 'argument' },
      problems: [{ path: '--config', message: 'needs a file path: --config <path>' }],
    }
  }
  const source: ConfigSource = { kind: candidate.kind, path: candidate.path }
  const key =
    deps.publicKeyPath === undefined
      ? ({ kind: 'absent' } as const)
      : await readPublicKey(deps.publicKeyPath, deps.readFile, deps.publicKeyRequired)
  if (key.kind === 'problem') return { ok: false, source, problems: [key.problem] }
  const read = await readConfigFile(candidate.path, deps.readFile)
  switch (read.kind) {
    case 'missing':
      // With a signing key installed, the unsigned embedded default is not what IT asked for.
      if (!candidate.explicit && key.kind === 'absent')
        return { ok: true, config: defaultConfig, source: { kind: 'embedded' } }
      return {
        ok: false,
        source,
        problems: [
          {
            path: '(file)',
            message:
              key.kind === 'key' && !candidate.explicit
                ? 'does not exist, and a signing key is installed: a signed file is required'
                : 'does not exist',
          },
        ],
      }
    case 'problem':
      return { ok: false, source, problems: read.problems, ...withHash(read.sha256) }
    case 'json': {
      // The installed key decides, whatever the file says: a tampered file cannot switch
      // signing off. `requireSignedConfig: true` also fails closed when the key is missing.
      if (key.kind === 'key' || asksForSignature(read.value)) {
        const problem =
          key.kind === 'key'
            ? await verifyConfigSignature(candidate.path, read.bytes, key.key, deps.readFile)
            : {
                path: '(signature)',
                message: `requireSignedConfig is true but no signing key is installed${
                  deps.publicKeyPath === undefined ? '' : ` at ${deps.publicKeyPath}`
                }`,
              }
        if (problem !== null)
          return {
            ok: false,
            source,
            problems: [problem],
            sha256: read.sha256,
            ...(key.kind === 'key' ? {} : { signatureUnchecked: true as const }),
          }
      }
      const parsed = parseConfig(read.value)
      if (!parsed.ok) return { ok: false, source, problems: parsed.problems, sha256: read.sha256 }
      const signed = key.kind === 'key' ? { signedWith: key.fingerprint } : {}
      const { clinicLogo } = parsed.config
      if (clinicLogo === undefined)
        return { ok: true, config: parsed.config, source, sha256: read.sha256, ...signed }
      // Read only from a file that passed its signature check: its sha256 is then signed too.
      const logo = await readClinicLogo(clinicLogo, candidate.path, deps.readFile)
      const logoPath = logoFilePath(clinicLogo, candidate.path)
      if (!logo.ok)
        return { ok: false, source, problems: logo.problems, sha256: read.sha256, logoPath }
      return {
        ok: true,
        config: parsed.config,
        source,
        sha256: read.sha256,
        logo: logo.logo,
        logoPath,
        ...signed,
      }
    }
  }
}

function asksForSignature(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'requireSignedConfig' in value
    ? value.requireSignedConfig === true
    : false
}

function withHash(sha256: string | undefined): { sha256?: string } {
  return sha256 === undefined ? {} : { sha256 }
}
