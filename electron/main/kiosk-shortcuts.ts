import type { Input, WebContents } from 'electron'

/**
 * Keys a patient could use to leave, reload, zoom, print or inspect the kiosk. Electron's
 * kiosk mode does not block them by itself; the OS account must block the rest (Alt+Tab,
 * Ctrl+Alt+Del...), see the README's deployment section.
 */
const blockedWithCtrlOrMeta = new Set([
  'r',
  'w',
  'q',
  'p',
  'n',
  't',
  'o',
  's',
  'u',
  'f',
  'g',
  'h',
  'j',
  'l',
  '+',
  '-',
  '=',
  '0',
  '_',
])
const blockedAlone = new Set([
  'F1',
  'F3',
  'F5',
  'F7',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
])

export function isBlockedShortcut(
  input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>,
): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  if (blockedAlone.has(key)) return true
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home'))
    return true
  if (input.control || input.meta) {
    if (blockedWithCtrlOrMeta.has(key)) return true
    if (
      input.shift &&
      (key === 'i' || key === 'j' || key === 'c' || key === 'delete' || key === 'Delete')
    )
      return true
  }
  return false
}

/** Swallows blocked shortcuts before the page or Chromium sees them, and pins zoom at 100 %. */
export function swallowKioskShortcuts(
  contents: Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>,
): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault()
  })
  void contents.setVisualZoomLevelLimits(1, 1)
}
