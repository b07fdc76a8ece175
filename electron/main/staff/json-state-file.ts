import type { z } from 'zod'

/** The file-system calls a small state file needs (Node's `fs` in main, temp files in tests). */
export interface StateFileSystem {
  readFileSync(path: string, encoding: 'utf8'): string
  writeFileSync(path: string, data: string, options: { encoding: 'utf8'; mode: number }): void
  renameSync(from: string, to: string): void
}

export type StateFileRead<T> =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'ok'; readonly value: T }

/** Reads a JSON state file and checks it with `schema`; a damaged file is reported, not trusted. */
export function readStateFile<T>(
  fs: StateFileSystem,
  path: string,
  schema: z.ZodType<T>,
): StateFileRead<T> {
  let text: string
  try {
    text = fs.readFileSync(path, 'utf8')
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : ''
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'invalid' }
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'invalid' }
  } catch {
    return { kind: 'invalid' }
  }
}

/** Writes through a temporary file and a rename, so a power cut never leaves half a file. */
export function writeStateFile(fs: StateFileSystem, path: string, value: unknown): void {
  const temporary = `${path}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(value)}\n`, { encoding: 'utf8', mode: 0o600 })
  fs.renameSync(temporary, path)
}
