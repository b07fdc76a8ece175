import type { WebContents } from 'electron'

import type { IpcEventName, IpcEventPayload } from '../../shared/ipc/contract'

/**
 * Sends an event to the UI; dropped once the UI's webContents is destroyed (the window is
 * closing), where `send` would throw into whichever timer or listener pushed it.
 */
export function createUiPush(contents: Pick<WebContents, 'isDestroyed' | 'send'>) {
  return <E extends IpcEventName>(channel: E, payload: IpcEventPayload<E>): void => {
    if (!contents.isDestroyed()) contents.send(channel, payload)
  }
}
