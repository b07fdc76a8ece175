import type { Input, WebContents } from 'electron'

import {
  allKeypadFunctionKeys,
  keypadFunctionKeys,
  keypadFunctionOf,
} from '../../shared/keypad-keys'

/**
 * Keys a patient could use to leave, reload, zoom, print or inspect the kiosk. Electron's
 * kiosk mode does not block them by itself; the OS account must block the rest (Alt+Tab,
 * Ctrl+Alt+Del...), see docs/clinic-it.md, "Deploying".
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

/** Where the portal page's keypad keys go: the kiosk's own screen. */
export type KeypadReceiver = Pick<WebContents, 'focus' | 'sendInputEvent' | 'isDestroyed'>

/**
 * Swallows blocked shortcuts before the page or Chromium sees them, and pins zoom at 100 %.
 *
 * `keypad`: the kiosk's own screen, whose keypad uses F1 (Help) and F3 (Listen). Electron
 * documents that preventing `before-input-event` also prevents the page's keydown, so they must
 * pass here; the window has no menu (`removeMenu`) and Electron has no find bar, so nothing else
 * acts on them, and the page's keypad handler prevents their default.
 *
 * `keypadTo`: the portal page. A patient whose keys went into it (a tap on the page, or our
 * Tab/Enter keys, focus it) would find Help, Back and Listen dead there: they are taken from the
 * page and given to the kiosk's screen, focused first so the arrows work there again.
 * `sendInputEvent` takes Accelerator key codes (docs/api/web-contents.md, KeyboardInputEvent),
 * so each function goes as its F-key.
 */
export function swallowKioskShortcuts(
  contents: Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>,
  {
    keypad = false,
    keypadTo,
  }: { readonly keypad?: boolean; readonly keypadTo?: KeypadReceiver } = {},
): void {
  const letThrough = keypad ? allKeypadFunctionKeys : new Set<string>()
  contents.on('before-input-event', (event, input) => {
    if (keypadTo !== undefined && forwardKeypadKey(input, keypadTo)) return event.preventDefault()
    if (isBlockedShortcut(input, letThrough)) event.preventDefault()
  })
  void contents.setVisualZoomLevelLimits(1, 1)
}

function forwardKeypadKey(
  input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt'>,
  receiver: KeypadReceiver,
): boolean {
  if (input.control || input.meta || input.alt) return false
  const fn = keypadFunctionOf(input.key)
  if (fn === null) return false
  // The key's release is swallowed too; the press is sent as a whole press and release.
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return true
  if (receiver.isDestroyed()) return true
  const keyCode = keypadFunctionKeys[fn][0]
  receiver.focus()
  receiver.sendInputEvent({ type: 'keyDown', keyCode })
  receiver.sendInputEvent({ type: 'keyUp', keyCode })
  return true
}
