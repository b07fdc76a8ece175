// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { createFileAuditLog } from '../../../electron/main/audit/file-audit-log'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-audit-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the file audit log', () => {
  it('writes one JSON object per line with only the allowlisted fields', () => {
    const dir = tempDir()
    const log = createFileAuditLog({
      dir,
      retentionDays: 30,
      clock: () => new Date('2025-05-01T10:00:00Z'),
    })
    log.record('navigation-blocked', {
      origin: 'https://evil.example',
      view: 'portal',
      kind: 'redirect',
      url: 'https://evil.example/?name=Jane',
    } as never)
    const lines = readFileSync(join(dir, 'audit-2025-05-01.jsonl'), 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: '2025-05-01T10:00:00.000Z',
        event: 'navigation-blocked',
        origin: 'https://evil.example',
        view: 'portal',
        kind: 'redirect',
      },
    ])
  })

  it('starts a new file each day and rolls a full file over to a numbered part', () => {
    const dir = tempDir()
    let now = new Date('2025-05-01T23:59:00Z')
    const log = createFileAuditLog({ dir, retentionDays: 30, maxFileBytes: 200, clock: () => now })
    for (let i = 0; i < 4; i += 1)
      log.record('app-stop', { reason: `reason-${i}-${'x'.repeat(40)}` })
    now = new Date('2025-05-02T00:01:00Z')
    log.record('app-stop', { reason: 'next day' })
    expect(readdirSync(dir).sort()).toEqual([
      'audit-2025-05-01-1.jsonl',
      'audit-2025-05-01.jsonl',
      'audit-2025-05-02.jsonl',
    ])
  })

  it('removes files older than the retention period and leaves other files alone', () => {
    const dir = tempDir()
    for (const name of [
      'audit-2025-03-01.jsonl',
      'audit-2025-04-01-3.jsonl',
      'audit-2025-04-02.jsonl',
      'notes.txt',
    ]) {
      writeFileSync(join(dir, name), '{}\n')
    }
    writeFileSync(join(dir, 'audit-2025-04-20.jsonl'), '{}\n')
    const log = createFileAuditLog({
      dir,
      retentionDays: 30,
      clock: () => new Date('2025-05-01T08:00:00Z'),
    })
    log.record('app-start', { version: '1', runtime: 'electron' })
    // 30 days of retention on 1 May keep 2 April onwards.
    expect(readdirSync(dir).sort()).toEqual([
      'audit-2025-04-02.jsonl',
      'audit-2025-04-20.jsonl',
      'audit-2025-05-01.jsonl',
      'notes.txt',
    ])
  })

  it('reports a write failure instead of throwing into the kiosk', () => {
    const dir = tempDir()
    const errors: unknown[] = []
    const log = createFileAuditLog({ dir, retentionDays: 1, onWriteError: (e) => errors.push(e) })
    rmSync(dir, { recursive: true })
    writeFileSync(dir, 'not a directory')
    expect(() => log.record('app-stop', { reason: 'x' })).not.toThrow()
    expect(errors).toHaveLength(1)
  })
})
