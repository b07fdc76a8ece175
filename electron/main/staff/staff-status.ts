import type { ShellStatus } from '../../../shared/ipc/shell-status'
import type { StaffStatus } from '../../../shared/ipc/staff-channels'
import type { ConfigStatus } from '../config/config-store'
import type { DailyCounters } from './daily-counters'
import type { ErrorTally } from './error-tally'

/** A finished wipe as the wipe module reports it (anonymous: outcome and timing only). */
export interface WipeReport {
  readonly ok: boolean
  readonly durationMs: number
  /** Epoch milliseconds when it finished. */
  readonly at: number
}

/**
 * What other modules contribute to the staff panel. Optional: a module that is not wired yet
 * shows as "not available yet" instead of a made-up value.
 */
export interface StatusProviders {
  readonly lastWipe?: () => WipeReport | null
  /** Restart policy and today's blocked page parts (electron/main/shell-status.ts). */
  readonly shell?: () => ShellStatus
}

export interface StaffStatusSources {
  readonly appVersion: string
  readonly config: () => ConfigStatus
  readonly counters: Pick<DailyCounters, 'today'>
  readonly providers: StatusProviders
  readonly errors: () => ErrorTally
  readonly assistedMode: () => boolean
  readonly unlockExpiresAt: () => number
}

export function buildStaffStatus(sources: StaffStatusSources): StaffStatus {
  const config = sources.config()
  const errors = sources.errors()
  return {
    appVersion: sources.appVersion,
    config: {
      state: config.state,
      source: config.source,
      ...(config.sha256 === undefined ? {} : { sha256: config.sha256 }),
      problems: [...config.problems],
      ...(config.unverified === undefined ? {} : { unverified: [...config.unverified] }),
    },
    lastWipe: sources.providers.lastWipe?.() ?? null,
    errors: { count: errors.count, recent: [...errors.recent] },
    counts: sources.counters.today(),
    assistedMode: sources.assistedMode(),
    unlockExpiresAt: sources.unlockExpiresAt(),
    ...(sources.providers.shell === undefined ? {} : { shell: sources.providers.shell() }),
  }
}
