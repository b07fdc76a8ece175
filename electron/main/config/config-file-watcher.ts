import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'

import type { SessionTimers } from '../../../shared/session/session-runner'
import { MAX_CONFIG_BYTES } from './read-config-file'
import { fsErrorCode, isMissingFile } from './file-errors'
import { readRegularFile } from './regular-file'

/** How often the files are looked at. Device management places files minutes apart, at most. */
export const CONFIG_POLL_MS = 5_000

/**
 * What a file looks like now: a hash of its bytes, "missing", or a stat error code. Polling
 * (rather than fs.watch) because device management (Intune, Ansible, a GPO copy) replaces files
 * by renaming over them, on local disks and shares alike, where watch events are unreliable.
 */
export async function fileFingerprint(path: string): Promise<string> {
  try {
    const info = await stat(path)
    // Not a regular file, or too large to be a configuration: the loader will say so; a pipe or
    // a device is never opened, and a large file is not hashed every poll.
    if (!info.isFile() || info.size > MAX_CONFIG_BYTES)
      return `other:${info.mode}:${info.size}:${info.mtimeMs}:${info.ino}`
    return createHash('sha256')
      .update(await readRegularFile(path, MAX_CONFIG_BYTES))
      .digest('hex')
  } catch (error) {
    const code = fsErrorCode(error)
    return isMissingFile(code) ? 'missing' : `error:${code ?? '?'}`
  }
}

export interface ConfigFileWatcherDeps {
  /**
   * The configuration file, its `.sig`, the signing key and the clinic logo the configuration
   * names: a change to any of them counts. Asked at every look, since the logo comes and goes
   * with the configuration.
   */
  readonly paths: () => readonly string[]
  readonly timers: SessionTimers
  readonly onChange: () => void
  readonly fingerprint?: (path: string) => Promise<string>
  readonly everyMs?: number
}

export interface ConfigFileWatcher {
  /** Looks once (the timer calls it; tests call it directly). */
  checkNow(): Promise<void>
  stop(): void
}

/**
 * Notices when the configuration files change on disk. The first look only records what is
 * there. A change counts only once two consecutive looks agree, i.e. the files stopped changing
 * for one poll: device management copies the file and its `.sig` one after the other (two
 * Ansible tasks, an Intune script), and a look between the two copies would otherwise reload a
 * new file with the old signature, lock the kiosk and page IT with a false config error. A
 * change made while a reload is reading the files is seen by later looks and triggers one more
 * reload, so no version is ever skipped.
 */
export function watchConfigFiles(deps: ConfigFileWatcherDeps): ConfigFileWatcher {
  const fingerprint = deps.fingerprint ?? fileFingerprint
  const every = deps.everyMs ?? CONFIG_POLL_MS
  /** Which files the looks compare (null before the first look). */
  let watched: string | null = null
  /** What the last reload was asked for (or the baseline). */
  let applied = ''
  /** What the previous look saw. */
  let previous = ''
  let stopped = false
  let handle: unknown = null

  const watcher: ConfigFileWatcher = {
    async checkNow() {
      const paths = deps.paths()
      const files = paths.join('\n')
      const now = (await Promise.all(paths.map(fingerprint))).join('|')
      if (files !== watched) {
        // The first look, or a reload changed which files count (a configuration that names
        // a logo, or no longer does): a new baseline. That reload has just read them all.
        watched = files
        applied = now
        previous = now
        return
      }
      const settled = now === previous
      previous = now
      if (settled && now !== applied) {
        applied = now
        deps.onChange()
      }
    },
    stop() {
      stopped = true
      deps.timers.clear(handle)
    },
  }
  const tick = (): void => {
    if (stopped) return
    void watcher.checkNow().finally(() => {
      if (!stopped) handle = deps.timers.set(tick, every)
    })
  }
  tick()
  return watcher
}
