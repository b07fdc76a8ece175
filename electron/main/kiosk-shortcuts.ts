import type { Input, WebContents } from 'electron'

import { allKeypadFunctionKeys } from '../../shared/keypad-keys'

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
  letThrough: ReadonlySet<string> = new Set(),
): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  const plain = !input.control && !input.meta && !input.alt
  if (plain && letThrough.has(key)) return false
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

/**
 * Swallows blocked shortcuts before the page or Chromium sees them, and pins zoom at 100 %.
 * `keypad`: the kiosk's own screen, whose keypad uses F1 (Help) and F3 (Listen). Electron
 * documents that preventing `before-input-event` also prevents the page's keydown, so they must
 * pass here; the window has no menu (`removeMenu`) and Electron has no find bar, so nothing else
 * acts on them, and the page's keypad handler prevents their default. The portal page keeps them
 * blocked.
 */
export function swallowKioskShortcuts(
  contents: Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>,
  { keypad = false }: { readonly keypad?: boolean } = {},
): void {
  const letThrough = keypad ? allKeypadFunctionKeys : new Set<string>()
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input, letThrough)) event.preventDefault()
  })
  void contents.setVisualZoomLevelLimits(1, 1)
}
