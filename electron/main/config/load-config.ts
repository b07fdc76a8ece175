import { defaultConfig, parseConfig } from '../../../shared/config/default-config'
import type { ConfigProblem, KioskConfig } from '../../../shared/config/kiosk-config'
import { findConfigCandidate, type ConfigLocationInputs, type ConfigSource } from './config-source'
import { readConfigFile, type ReadFile } from './read-config-file'

/** The result of looking for and checking the configuration: a config, or its problems. */
export type ConfigLoad =
  | {
      readonly ok: true
      readonly config: KioskConfig
      readonly source: ConfigSource
      readonly sha256?: string
    }
  | {
      readonly ok: false
      readonly problems: readonly ConfigProblem[]
      readonly source: ConfigSource
      readonly sha256?: string
    }

export interface LoadConfigDeps extends ConfigLocationInputs {
  readonly readFile: ReadFile
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
  const read = await readConfigFile(candidate.path, deps.readFile)
  switch (read.kind) {
    case 'missing':
      if (!candidate.explicit)
        return { ok: true, config: defaultConfig, source: { kind: 'embedded' } }
      return { ok: false, source, problems: [{ path: '(file)', message: 'does not exist' }] }
    case 'problem':
      return { ok: false, source, problems: [read.problem], ...withHash(read.sha256) }
    case 'json': {
      const parsed = parseConfig(read.value)
      if (parsed.ok) return { ok: true, config: parsed.config, source, sha256: read.sha256 }
      return { ok: false, source, problems: parsed.problems, sha256: read.sha256 }
    }
  }
}

function withHash(sha256: string | undefined): { sha256?: string } {
  return sha256 === undefined ? {} : { sha256 }
}
