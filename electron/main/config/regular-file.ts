import { constants, type Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'

/**
 * THE reader for every file the kiosk and its scripts take from IT: the configuration, its
 * signature, the signing key, the clinic logo (and the private key `sign-config` reads).
 *
 * The configuration folder is writable by the kiosk account, and a path there can name anything.
 * A named pipe would block `open()` until someone writes to it (before any window exists, so the
 * kiosk hangs at start with a black screen); a device such as /dev/zero or /dev/urandom is read
 * until memory runs out; opening a tty or tape device can even act on the device. So:
 * 1. `stat()` first: anything that is not a regular file is refused without being opened.
 * 2. Then `open()` with O_NONBLOCK, so a file swapped for a pipe between the two calls still
 *    cannot block the open, and `fstat()` the descriptor we hold: that, not the name, is what is
 *    read, and it must be a regular file too.
 * 3. At most `maxBytes + 1` bytes are read, whatever the size claimed: one byte too many is
 *    "too large" (a file growing while read, or a size the file system does not report).
 * Symbolic links are followed, as before (device management may link to a versioned file); the
 * checks apply to the file the link leads to, and a link loop fails with ELOOP.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  refuseUnlessRegular(await stat(path), maxBytes)
  // O_NONBLOCK is not defined on Windows, where opening a file never waits for a writer.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    refuseUnlessRegular(await handle.stat(), maxBytes)
    const buffer = Buffer.alloc(maxBytes + 1)
    let length = 0
    while (length < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, length, buffer.byteLength - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) throw new FileRefusedError('too-large', maxBytes)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length)
  } finally {
    await handle.close()
  }
}

/** What a path named instead of a regular file of bounded size. */
export type RefusedKind = 'folder' | 'named-pipe' | 'device' | 'socket' | 'other' | 'too-large'

/**
 * Thrown by `readRegularFile` for a file it will not read. `code` is ours (no errno means this),
 * so callers that already tell ENOENT from EACCES handle it beside them.
 */
export class FileRefusedError extends Error {
  readonly code = 'EREFUSED'
  constructor(
    readonly kind: RefusedKind,
    readonly maxBytes: number,
  ) {
    super(`refused: ${kind}`)
    this.name = 'FileRefusedError'
  }
}

function refuseUnlessRegular(info: Stats, maxBytes: number): void {
  if (info.isFile()) {
    if (info.size > maxBytes) throw new FileRefusedError('too-large', maxBytes)
    return
  }
  throw new FileRefusedError(kindOf(info), maxBytes)
}

function kindOf(info: Stats): RefusedKind {
  if (info.isDirectory()) return 'folder'
  if (info.isFIFO()) return 'named-pipe'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device'
  if (info.isSocket()) return 'socket'
  return 'other'
}

/** "1 MiB", "256 KiB", "512 bytes": how the limit reads in a problem. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}

/**
 * What the file is, as the rest of a problem sentence ("… is a named pipe (FIFO), not a regular
 * file"), or null when the error is not a refusal. The same words on the locked screen and in
 * `check-config`.
 */
export function refusedFileText(error: unknown): string | null {
  if (!(error instanceof FileRefusedError)) return null
  switch (error.kind) {
    case 'folder':
      return 'is a folder, not a file'
    case 'named-pipe':
      return 'is a named pipe (FIFO), not a regular file: it was not opened'
    case 'device':
      return 'is a device, not a regular file: it was not opened'
    case 'socket':
      return 'is a socket, not a regular file: it was not opened'
    case 'other':
      return 'is not a regular file: it was not opened'
    case 'too-large':
      return `is larger than ${sizeText(error.maxBytes)}`
  }
}
