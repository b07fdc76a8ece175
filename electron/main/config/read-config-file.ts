import { createHash } from 'node:crypto'

import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import { fsErrorCode, isMissingFile } from './file-errors'

/** A kiosk configuration is a few kilobytes; anything this large is the wrong file. */
export const MAX_CONFIG_BYTES = 1024 * 1024

export type ReadFile = (path: string) => Promise<Uint8Array>

export type ConfigFileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: ConfigProblem; readonly sha256?: string }
  | {
      readonly kind: 'json'
      readonly value: unknown
      readonly sha256: string
      /** The exact bytes read, for the detached signature check. */
      readonly bytes: Uint8Array
    }

const FILE = '(file)'

/**
 * Reads and decodes one configuration file. Every failure becomes a problem staff can act on
 * ("does not exist", "is not valid JSON (line 3, column 7)"), never an exception. The SHA-256
 * of the bytes is returned whenever they were read, so staff can tell which version is in force.
 */
export async function readConfigFile(path: string, readFile: ReadFile): Promise<ConfigFileRead> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = fsErrorCode(error)
    if (isMissingFile(code)) return { kind: 'missing' }
    return {
      kind: 'problem',
      problem: { path: FILE, message: unreadableMessage(code ?? 'unknown') },
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const fail = (message: string): ConfigFileRead => ({
    kind: 'problem',
    problem: { path: FILE, message },
    sha256,
  })
  if (bytes.byteLength > MAX_CONFIG_BYTES)
    return fail('is larger than 1 MiB: this is not a kiosk configuration file')
  let text: string
  try {
    // fatal: a file saved in another encoding is reported, not misread. A UTF-8 byte-order mark
    // (Windows Notepad) is accepted and dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('is not UTF-8 text (save it as UTF-8)')
  }
  if (text.trim() === '') return fail('is empty')
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown, sha256, bytes }
  } catch (error) {
    return fail(`is not valid JSON${jsonErrorLocation(text, error)}`)
  }
}

function unreadableMessage(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied (the kiosk account needs read access)'
    case 'EISDIR':
      return 'is a folder, not a file'
    default:
      return `cannot be read (${code})`
  }
}

/** " (line 3, column 7)" when the JSON parser says where it stopped, else "". */
function jsonErrorLocation(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  if (/end of JSON input/i.test(message)) return ' (it ends too early: something is not closed)'
  const match = /at position (\d+)/.exec(message)
  if (match === null) return ''
  const offset = Number(match[1])
  if (text.slice(offset).trim() === '') return ' (it ends too early: something is not closed)'
  const before = text.slice(0, offset).split('\n')
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`
}
