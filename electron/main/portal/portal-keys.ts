import type { KeyboardInputEvent, WebContents, WebFrameMain } from 'electron'

import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { portalSpecialKeys } from '../../../shared/ipc/portal-channels'
import { pause, withinPageTime } from './page-call'

export type PortalSpecialKey = (typeof portalSpecialKeys)[number]

type KeyInput = Pick<KeyboardInputEvent, 'type' | 'keyCode' | 'modifiers'>

/** What a physical key press of each special key looks like to the page. */
const keySequences: Readonly<Record<PortalSpecialKey, readonly KeyInput[]>> = {
  Backspace: press('Backspace'),
  // A `char` event carries the carriage return that submits forms.
  Enter: [
    { type: 'keyDown', keyCode: 'Enter' },
    { type: 'char', keyCode: '\r' },
    { type: 'keyUp', keyCode: 'Enter' },
  ],
  Tab: press('Tab'),
  'Shift+Tab': press('Tab', ['shift']),
  ArrowLeft: press('Left'),
  ArrowRight: press('Right'),
}

function press(keyCode: string, modifiers?: KeyInput['modifiers']): KeyInput[] {
  const base = modifiers === undefined ? { keyCode } : { keyCode, modifiers }
  return [
    { type: 'keyDown', ...base },
    { type: 'keyUp', ...base },
  ]
}

type FocusTarget = Pick<WebContents, 'focus' | 'focusedFrame' | 'mainFrame'>

/** How long to wait for the renderer to report the focused frame after `focus()`. */
export const FOCUS_REPORT_WAIT_MS = 300
const FOCUS_POLL_MS = 25

/**
 * True when the focused element of this frame takes text. Read in the page's world: the page
 * could answer anything, which only decides whether we type into it. A constant.
 */
export const EDITABLE_FOCUS_PROBE = `(function () {
  var el = document.activeElement;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return !el.disabled && !el.readOnly;
  if (el.tagName !== 'INPUT') return false;
  var type = (el.type || 'text').toLowerCase();
  var textual = ['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date'];
  return textual.indexOf(type) >= 0 && !el.disabled && !el.readOnly;
})()`

/**
 * Where the patient's next key would land. The portal view is a WebContentsView that never has
 * keyboard focus unless we give it (taps on our on-screen keyboard focus our UI), so focus it
 * first. `insertText` and keyboard `sendInputEvent` act on the main frame's widget
 * (shell/browser/api/electron_api_web_contents.cc; electron/electron#20333): a field inside a
 * frame from another site — another process — receives nothing, and with no focused frame
 * `insertText` dereferences nothing and can take the page down. So we refuse both cases with a
 * code the UI turns into a plain message and a pointer to staff help.
 */
export async function focusPortalField(contents: FocusTarget): Promise<void> {
  contents.focus()
  // `focusedFrame` is the frame tree's focused frame, reported by the renderer after it has
  // handled the focus (docs/api/web-contents.md; content's FrameTree::SetFocusedFrame on the
  // renderer's message): right after `focus()` it can still be null. Poll briefly.
  await Promise.resolve() // a report already queued lands first
  let frame = contents.focusedFrame
  for (let waited = 0; frame === null && waited < FOCUS_REPORT_WAIT_MS; waited += FOCUS_POLL_MS) {
    await pause(FOCUS_POLL_MS)
    frame = contents.focusedFrame
  }
  if (frame === null) throw new IpcRejection('no-field-focused')
  if (!sharesMainFrameWidget(frame, contents.mainFrame)) throw new IpcRejection('field-unreachable')
  // A focused frame is not a focused field: with none, typed text would silently vanish.
  const editable = await withinPageTime(frame.executeJavaScript(EDITABLE_FOCUS_PROBE))
  if (editable !== true) throw new IpcRejection('no-field-focused')
}

type FrameChain = Pick<WebFrameMain, 'processId'> & { readonly parent: FrameChain | null }

/**
 * A frame is typed into through the main frame's widget only if it and every frame above it run
 * in the main frame's process (same-site frames do); a frame in another process (cross-site,
 * site isolation) is the root of a widget of its own, which the main-frame calls never reach.
 */
function sharesMainFrameWidget(frame: FrameChain, main: Pick<WebFrameMain, 'processId'>): boolean {
  for (let current: FrameChain | null = frame; current !== null; current = current.parent) {
    if (current.processId !== main.processId) return false
  }
  return true
}

/** Types text into the focused field of the portal page (the on-screen keyboard's letters). */
export async function typeIntoPortal(
  contents: FocusTarget & Pick<WebContents, 'insertText'>,
  text: string,
): Promise<void> {
  await focusPortalField(contents)
  await withinPageTime(contents.insertText(text))
}

/** Sends one special key to the portal page's focused element. */
export async function pressPortalKey(
  contents: FocusTarget & Pick<WebContents, 'sendInputEvent'>,
  key: PortalSpecialKey,
): Promise<void> {
  await focusPortalField(contents)
  for (const event of keySequences[key]) contents.sendInputEvent({ ...event })
}
