import { join } from 'node:path'

import { dailyCountsSchema, type DailyCounts } from '../../../shared/ipc/staff-channels'
import type { AuditLog } from '../audit/audit-event'
import type { SessionSummary } from '../session/session-controller'
import { readStateFile, writeStateFile, type StateFileSystem } from './json-state-file'

/**
 * Today's anonymous counts for the staff panel, one JSON file per local day in the user-data
 * folder (`counts-YYYY-MM-DD.json`). Only numbers per category are kept: a session summary's
 * language, portal id, cause and hand-off flag — nothing that identifies a patient.
 */
export interface DailyCounters {
  record(summary: SessionSummary): void
  today(): DailyCounts
}

export interface DailyCountersDeps {
  readonly fs: StateFileSystem
  readonly dir: string
  readonly audit: AuditLog
  readonly now?: () => Date
}

export function createDailyCounters({
  fs,
  dir,
  audit,
  now = () => new Date(),
}: DailyCountersDeps): DailyCounters {
  let cached: DailyCounts | null = null
  const load = (date: string): DailyCounts => {
    if (cached?.date === date) return cached
    const read = readStateFile(fs, countsFilePath(dir, date), dailyCountsSchema)
    if (read.kind === 'invalid')
      audit.record('state-file-problem', { file: countsFileName(date), problem: 'damaged' })
    cached = read.kind === 'ok' && read.value.date === date ? read.value : emptyCounts(date)
    return cached
  }
  return {
    record(summary) {
      // A "session" that never started (a reset on the welcome screen) is not a patient.
      if (summary.language === null) return
      const date = localDate(now())
      const counts = load(date)
      const next: DailyCounts = {
        ...counts,
        sessions: counts.sessions + 1,
        completedHandOffs: counts.completedHandOffs + (summary.handedOff ? 1 : 0),
        timeouts: counts.timeouts + (summary.cause === 'idle-timeout' ? 1 : 0),
        finishedOnOwnPhone: counts.finishedOnOwnPhone + (summary.cause === 'own-phone' ? 1 : 0),
        byLanguage: {
          ...counts.byLanguage,
          [summary.language]: (counts.byLanguage[summary.language] ?? 0) + 1,
        },
        byPortal:
          summary.portalId === null
            ? counts.byPortal
            : {
                ...counts.byPortal,
                [summary.portalId]: (counts.byPortal[summary.portalId] ?? 0) + 1,
              },
      }
      cached = next
      try {
        writeStateFile(fs, countsFilePath(dir, date), next)
      } catch {
        audit.record('state-file-problem', { file: countsFileName(date), problem: 'unwritable' })
      }
    },
    today: () => load(localDate(now())),
  }
}

export function emptyCounts(date: string): DailyCounts {
  return {
    date,
    sessions: 0,
    completedHandOffs: 0,
    timeouts: 0,
    finishedOnOwnPhone: 0,
    byPortal: {},
    byLanguage: {},
  }
}

/** YYYY-MM-DD in the kiosk's local time: "today" as the front desk means it. */
export function localDate(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`
}

export function countsFileName(date: string): string {
  return `counts-${date}.json`
}

function countsFilePath(dir: string, date: string): string {
  return join(dir, countsFileName(date))
}
