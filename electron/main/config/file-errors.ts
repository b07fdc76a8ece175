/**
 * Node's fs calls fail with an Error carrying an errno `code` ('ENOENT', 'EACCES', …); the
 * configuration, its signing key, the clinic logo and the file watcher all tell "not there"
 * apart from "there but unreadable", and say the code to staff otherwise.
 */
export function fsErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}

/** The file, or a folder on its path, does not exist (ENOTDIR: a path part is a file). */
export function isMissingFile(code: string | undefined): boolean {
  return code === 'ENOENT' || code === 'ENOTDIR'
}
