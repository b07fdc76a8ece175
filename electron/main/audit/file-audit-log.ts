import { appendFileSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

import type { AuditLog } from './audit-event'
import { toAuditRecord } from './audit-record'

export interface FileAuditLogOptions {
  /** e.g. `<userData>/audit`; created if missing. */
  readonly dir: string
  /** Days of files to keep (the configuration's `logRetentionDays`, which staff can reload). */
  readonly retentionDays: number | (() => number)
  /** A day's file rolls over to `-1`, `-2`… past this size, so one file never grows unbounded. */
  readonly maxFileBytes?: number
  readonly clock?: () => Date
  /** Where a write failure is reported (never throws into the caller: the kiosk must keep working). */
  readonly onWriteError?: (error: unknown) => void
}

const FILE_PATTERN = /^audit-(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.jsonl$/
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The audit log on disk: JSON lines, one file per day (`audit-YYYY-MM-DD.jsonl`), size-capped
 * parts, files older than the retention removed. Writes are synchronous appends: audit events
 * are rare, and a line written before a crash must not sit in a buffer. Every record goes
 * through `toAuditRecord`, so only allowlisted fields can reach the file.
 */
export function createFileAuditLog(options: FileAuditLogOptions): AuditLog & {
  /** The file the next line goes to (for tests and the staff panel). */
  currentFile(): string
} {
  const clock = options.clock ?? (() => new Date())
  const maxBytes = options.maxFileBytes ?? 5 * 1024 * 1024
  mkdirSync(options.dir, { recursive: true })
  let prunedFor = ''

  const fileFor = (now: Date): string => {
    const day = now.toISOString().slice(0, 10)
    if (prunedFor !== day) {
      const { retentionDays } = options
      prune(options.dir, now, typeof retentionDays === 'number' ? retentionDays : retentionDays())
      prunedFor = day
    }
    for (let part = 0; ; part += 1) {
      const name = part === 0 ? `audit-${day}.jsonl` : `audit-${day}-${part}.jsonl`
      const path = join(options.dir, name)
      if (sizeOf(path) < maxBytes) return path
    }
  }

  return {
    record(event, fields) {
      const now = clock()
      try {
        appendFileSync(fileFor(now), `${JSON.stringify(toAuditRecord(event, fields, now))}\n`, {
          mode: 0o600,
        })
      } catch (error) {
        options.onWriteError?.(error)
      }
    },
    currentFile: () => fileFor(clock()),
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Removes day files older than the retention period (by the date in their name). */
function prune(dir: string, now: Date, retentionDays: number): void {
  const oldestKept = Date.parse(now.toISOString().slice(0, 10)) - (retentionDays - 1) * DAY_MS
  for (const name of readdirSync(dir)) {
    const match = FILE_PATTERN.exec(name)
    if (match === null) continue
    if (Date.parse(match[1] ?? '') < oldestKept) unlinkSync(join(dir, name))
  }
}
