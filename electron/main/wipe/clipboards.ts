import type { Clipboard } from 'electron'

/**
 * The system clipboard and, on Linux, the selection clipboard: text a patient merely highlights
 * is copied there too and pasted with a middle click. Electron 45 exposes it as
 * `clipboard.selection` (undefined on other platforms; docs/api/clipboard.md).
 */
export type KioskClipboards = Pick<Clipboard, 'clear' | 'readText'> & {
  readonly selection?: Pick<Clipboard, 'clear' | 'readText'> | undefined
}

export function clearAllClipboards(clipboard: KioskClipboards): void {
  clipboard.clear()
  clipboard.selection?.clear()
}

/** True when neither clipboard holds text any more. */
export async function clipboardsAreEmpty(clipboard: KioskClipboards): Promise<boolean> {
  const [main, selection] = await Promise.all([
    clipboard.readText(),
    clipboard.selection?.readText() ?? Promise.resolve(''),
  ])
  return main === '' && selection === ''
}
