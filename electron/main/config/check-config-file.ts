import { parseConfig, type ConfigProblem } from '../../../shared/config/kiosk-config'
import { unverifiedItems } from '../../../shared/config/unverified-items'
import { readClinicLogo } from './clinic-logo-file'
import { readConfigFile, type ReadFile } from './read-config-file'

/** What `npm run check-config -- <file>` found: the locked screen's problems, and what to confirm. */
export interface ConfigCheck {
  readonly path: string
  readonly sha256?: string
  /** The same list the kiosk's "not configured" screen would show (empty: the file is valid). */
  readonly problems: readonly ConfigProblem[]
  /** Settings flagged `verify`, as the staff panel's banner lists them (only for a valid file). */
  readonly unverified: readonly ConfigProblem[]
}

/**
 * Checks a configuration file exactly as the kiosk would load it (the same reader and schema),
 * so IT can fix a file before it reaches a kiosk.
 */
export async function checkConfigFile(path: string, readFile: ReadFile): Promise<ConfigCheck> {
  const read = await readConfigFile(path, readFile)
  switch (read.kind) {
    case 'missing':
      return { path, problems: [{ path: '(file)', message: 'does not exist' }], unverified: [] }
    case 'problem':
      return {
        path,
        ...(read.sha256 === undefined ? {} : { sha256: read.sha256 }),
        problems: [read.problem],
        unverified: [],
      }
    case 'json': {
      const parsed = parseConfig(read.value)
      if (!parsed.ok)
        return { path, sha256: read.sha256, problems: parsed.problems, unverified: [] }
      // The logo file is part of the configuration: checked as the kiosk checks it.
      const logo =
        parsed.config.clinicLogo === undefined
          ? null
          : await readClinicLogo(parsed.config.clinicLogo, path, readFile)
      if (logo !== null && !logo.ok)
        return { path, sha256: read.sha256, problems: logo.problems, unverified: [] }
      return { path, sha256: read.sha256, problems: [], unverified: unverifiedItems(parsed.config) }
    }
  }
}

/** The report as plain lines, `setting.path message` like the locked screen. */
export function formatConfigCheck(check: ConfigCheck): string {
  const lines = [`File: ${check.path}`]
  if (check.sha256 !== undefined) lines.push(`SHA-256: ${check.sha256}`)
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
