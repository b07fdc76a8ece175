import { z } from 'zod'

import type { AuditLog } from '../audit/audit-event'
import { readStateFile, writeStateFile, type StateFileSystem } from './json-state-file'

/** Failed PIN attempts and the lockout, kept on disk so a reload or restart cannot reset them. */
export interface LockoutState {
  readonly failures: number
  /** Epoch milliseconds until which every attempt is refused, or null. */
  readonly lockedUntil: number | null
}

export interface LockoutStore {
  /** `'damaged'` when the file exists but cannot be trusted (the caller fails closed). */
  load(): LockoutState | 'damaged'
  save(state: LockoutState): void
}

const lockoutFileSchema = z
  .object({
    failures: z.number().int().min(0).max(1000),
    lockedUntil: z.number().int().nonnegative().nullable(),
  })
  .strict()

export const LOCKOUT_FILE_NAME = 'staff-lockout.json'

export function createFileLockoutStore(
  fs: StateFileSystem,
  path: string,
  audit: AuditLog,
): LockoutStore {
  return {
    load() {
      const read = readStateFile(fs, path, lockoutFileSchema)
      if (read.kind === 'missing') return { failures: 0, lockedUntil: null }
      if (read.kind === 'ok') return read.value
      audit.record('state-file-problem', { file: LOCKOUT_FILE_NAME, problem: 'damaged' })
      return 'damaged'
    },
    save(state) {
      try {
        writeStateFile(fs, path, state)
      } catch {
        // Still enforced in memory for this run; the log says the disk refused.
        audit.record('state-file-problem', { file: LOCKOUT_FILE_NAME, problem: 'unwritable' })
      }
    },
  }
}
