import type { KeyboardInputEvent, WebContents } from 'electron'

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

/** Types text into the focused field of the portal page (the on-screen keyboard's letters). */
export async function typeIntoPortal(
  contents: Pick<WebContents, 'insertText'>,
  text: string,
): Promise<void> {
  await contents.insertText(text)
}

/** Sends one special key to the portal page's focused element. */
export function pressPortalKey(
  contents: Pick<WebContents, 'sendInputEvent'>,
  key: PortalSpecialKey,
): void {
  for (const event of keySequences[key]) contents.sendInputEvent({ ...event })
}
