// @vitest-environment node
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createKioskAudit, DEFAULT_RETENTION_DAYS } from '../../../electron/main/audit/kiosk-audit'
import { defaultConfig } from '../../../shared/config/default-config'
import type { KioskConfig } from '../../../shared/config/kiosk-config'
import { useTempDirs } from '../config/temp-dir'

const tempDir = useTempDirs()
const DAY_MS = 24 * 60 * 60 * 1000

function kioskAudit(dir: string, config: () => KioskConfig | null) {
  const said: string[] = []
  const made = createKioskAudit({
    dir,
    appVersion: '1.2.3',
    startedAt: new Date(),
    config,
    phase: () => 'attract',
    clock: Date.now,
    warn: (message) => said.push(message),
    error: (message) => said.push(message),
  })
  return { ...made, said }
}

/** An audit file dated `days` ago, as an earlier run of the kiosk left it. */
function oldFile(dir: string, days: number): string {
  const day = new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10)
  const file = join(dir, `audit-${day}.jsonl`)
  writeFileSync(file, '{}\n')
  return file
}

describe("the kiosk's audit log", () => {
  it('writes events to disk and counts the error events for the staff panel', () => {
    const dir = tempDir()
    const { audit } = kioskAudit(dir, () => null)
    audit.record('app-start', { version: '1.2.3', runtime: 'electron' })
    audit.record('ipc-handler-failed', { channel: 'kiosk:info', errorName: 'Error' })
    const lines = readdirSync(dir).flatMap((file) =>
      readFileSync(join(dir, file), 'utf8').trim().split('\n'),
    )
    expect(lines.map((line) => (JSON.parse(line) as { event: string }).event)).toEqual([
      'app-start',
      'ipc-handler-failed',
    ])
    expect(audit.tally().count).toBe(1)
    expect(audit.tally().recent.map((entry) => entry.event)).toEqual(['ipc-handler-failed'])
  })

  it("keeps the schema's default retention until a configuration is loaded", () => {
    const dir = tempDir()
    const expired = oldFile(dir, DEFAULT_RETENTION_DAYS + 5)
    const kept = oldFile(dir, DEFAULT_RETENTION_DAYS - 5)
    kioskAudit(dir, () => null).audit.record('app-start', { version: '1', runtime: 'electron' })
    expect(existsSync(expired)).toBe(false)
    expect(existsSync(kept)).toBe(true)
  })

  it("keeps files for the configuration's logRetentionDays once there is one", () => {
    const dir = tempDir()
    const within = oldFile(dir, DEFAULT_RETENTION_DAYS + 5)
    const config: KioskConfig = { ...defaultConfig, logRetentionDays: 90 }
    kioskAudit(dir, () => config).audit.record('app-start', { version: '1', runtime: 'electron' })
    expect(existsSync(within)).toBe(true)
  })

  it('exports nothing while the configuration has no telemetry section', () => {
    const { telemetry } = kioskAudit(tempDir(), () => defaultConfig)
    telemetry.follow({ current: () => defaultConfig, subscribe: () => () => undefined })
    expect(defaultConfig.telemetry).toBeUndefined()
    expect(telemetry.signals()).toBeNull()
  })
})
