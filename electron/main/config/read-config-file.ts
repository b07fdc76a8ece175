import { createHash } from 'node:crypto'

import { findDuplicateKeys } from '../../../shared/config/duplicate-json-keys'
import type { ConfigProblem } from '../../../shared/config/kiosk-config'
import { fsErrorCode, isMissingFile } from './file-errors'
import { FileRefusedError, refusedFileText, sizeText } from './regular-file'

/** A kiosk configuration is a few kilobytes; anything this large is the wrong file. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * Reads at most `maxBytes` of a regular file (`readRegularFile` in the kiosk and its scripts;
 * tests may pass another). Each caller says how large its kind of file may be.
 */
export type ReadFile = (path: string, maxBytes: number) => Promise<Uint8Array>

export type ConfigFileRead =
  | { readonly kind: 'missing' }
  | {
      readonly kind: 'problem'
      readonly problems: readonly ConfigProblem[]
      readonly sha256?: string
    }
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
    bytes = await readFile(path, MAX_CONFIG_BYTES)
  } catch (error) {
    const code = fsErrorCode(error)
    if (isMissingFile(code)) return { kind: 'missing' }
    return { kind: 'problem', problems: [{ path: FILE, message: unreadableMessage(error) }] }
  }
  return decodeConfigBytes(bytes)
}

/**
 * Decodes a configuration's bytes (also `sign-config`, before it signs): UTF-8, not empty, JSON,
 * no key written twice in one object.
 */
export function decodeConfigBytes(bytes: Uint8Array): ConfigFileRead {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const fail = (message: string): ConfigFileRead => ({
    kind: 'problem',
    problems: [{ path: FILE, message }],
    sha256,
  })
  let text: string
  try {
    // fatal: a file saved in another encoding is reported, not misread. A UTF-8 byte-order mark
    // (Windows Notepad) is accepted and dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail('is not UTF-8 text (save it as UTF-8)')
  }
  if (text.trim() === '') return fail('is empty')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return fail(`is not valid JSON${jsonErrorLocation(text, error)}`)
  }
  const duplicates = findDuplicateKeys(text)
  if (duplicates.length > 0)
    return {
      kind: 'problem',
      problems: duplicates.map((duplicate) => ({
        path: duplicate.path,
        message: `is written more than once in the same object (again on line ${duplicate.line}): the kiosk would use the last one, a reader sees the first; keep one`,
      })),
      sha256,
    }
  return { kind: 'json', value, sha256, bytes }
}

function unreadableMessage(error: unknown): string {
  if (error instanceof FileRefusedError && error.kind === 'too-large')
    return `is larger than ${sizeText(MAX_CONFIG_BYTES)}: this is not a kiosk configuration file`
  const refused = refusedFileText(error)
  if (refused !== null) return refused
  const code = fsErrorCode(error) ?? 'unknown'
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
