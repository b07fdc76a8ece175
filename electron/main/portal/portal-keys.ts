import type { KeyboardInputEvent, WebContents, WebFrameMain } from 'electron'

import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { portalSpecialKeys } from '../../../shared/ipc/portal-channels'

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

/**
 * Where the patient's next key would land. The portal view is a WebContentsView that never has
 * keyboard focus unless we give it (taps on our on-screen keyboard focus our UI), so focus it
 * first. `insertText` and keyboard `sendInputEvent` act on the main frame's widget
 * (shell/browser/api/electron_api_web_contents.cc; electron/electron#20333): a field inside a
 * frame from another site — another process — receives nothing, and with no focused frame
 * `insertText` dereferences nothing and can take the page down. So we refuse both cases with a
 * code the UI turns into a plain message and a pointer to staff help.
 */
export function focusPortalField(contents: FocusTarget): void {
  contents.focus()
  const frame = contents.focusedFrame
  if (frame === null) throw new IpcRejection('no-field-focused')
  if (!sharesMainFrameWidget(frame, contents.mainFrame)) throw new IpcRejection('field-unreachable')
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
  focusPortalField(contents)
  await contents.insertText(text)
}

/** Sends one special key to the portal page's focused element. */
export function pressPortalKey(
  contents: FocusTarget & Pick<WebContents, 'sendInputEvent'>,
  key: PortalSpecialKey,
): void {
  focusPortalField(contents)
  for (const event of keySequences[key]) contents.sendInputEvent({ ...event })
}
