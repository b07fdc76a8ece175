import type { IpcMainInvokeEvent } from 'electron'

import type { UiOrigin } from '../ui-origin'

/**
 * True only for messages from the main frame of our UI's webContents at our app:// origin.
 * The portal view has no preload and cannot send IPC at all; this check is the second lock:
 * a subframe, another webContents, or our own webContents after a rogue navigation is refused.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  uiContentsId: number,
  uiOrigin: UiOrigin,
): boolean {
  const frame = event.senderFrame
  if (frame === null || frame === undefined) return false // the frame navigated or was destroyed
  if (frame.parent !== null) return false
  if (event.sender.id !== uiContentsId) return false
  return uiOrigin.isUiUrl(frame.url)
}
