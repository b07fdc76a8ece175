import { isAbsolute, join, resolve } from 'node:path'

/** Where the configuration in force came from, in the order the loader looks. */
export const configSourceKinds = ['argument', 'environment', 'user-data', 'embedded'] as const
export type ConfigSourceKind = (typeof configSourceKinds)[number]

export interface ConfigSource {
  readonly kind: ConfigSourceKind
  /** The file's absolute path (absent for the embedded default). */
  readonly path?: string
}

export const CONFIG_ENV_VAR = 'PORTAL_KIOSK_CONFIG'
export const CONFIG_FILE_NAME = 'kiosk.config.json'

export interface ConfigLocationInputs {
  readonly argv: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
  /** Relative paths given on the command line or in the environment resolve against this. */
  readonly cwd: string
  readonly userDataPath: string
}

/**
 * The file to read, or a problem with how it was named. A file named on the command line or in
 * the environment is explicit: if it is missing, that is an error, never a quiet fallback.
 * Only the user-data file is optional (missing → the embedded default).
 */
export type ConfigCandidate =
  | { readonly kind: 'argument' | 'environment'; readonly path: string; readonly explicit: true }
  | { readonly kind: 'user-data'; readonly path: string; readonly explicit: false }
  | { readonly kind: 'argument'; readonly missingValue: true }

export function findConfigCandidate(inputs: ConfigLocationInputs): ConfigCandidate {
  const fromArgv = configArgument(inputs.argv)
  if (fromArgv === 'missing-value') return { kind: 'argument', missingValue: true }
  if (fromArgv !== null)
    return { kind: 'argument', path: absolute(fromArgv, inputs.cwd), explicit: true }
  const fromEnv = inputs.env[CONFIG_ENV_VAR]?.trim()
  if (fromEnv !== undefined && fromEnv !== '')
    return { kind: 'environment', path: absolute(fromEnv, inputs.cwd), explicit: true }
  return { kind: 'user-data', path: join(inputs.userDataPath, CONFIG_FILE_NAME), explicit: false }
}

/** `--config <path>` or `--config=<path>`; the first one wins. */
export function configArgument(argv: readonly string[]): string | 'missing-value' | null {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    if (arg.startsWith('--config=')) {
      const value = arg.slice('--config='.length).trim()
      return value === '' ? 'missing-value' : value
    }
    if (arg === '--config') {
      const value = argv[index + 1]?.trim()
      return value === undefined || value === '' || value.startsWith('--') ? 'missing-value' : value
    }
  }
  return null
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path)
}
