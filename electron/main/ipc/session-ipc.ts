import type { SessionController } from '../session/session-controller'
import type { IpcRouter } from './ipc-router'

export interface SessionIpcDeps {
  readonly session: SessionController
  /** Sends a pushed event to the UI (only ever to our own UI webContents). */
  readonly pushToUi: (
    channel: 'session:state',
    payload: ReturnType<SessionController['view']>,
  ) => void
}

export function registerSessionIpc(router: IpcRouter, { session, pushToUi }: SessionIpcDeps): void {
  router.handle('session:get-state', () => session.view())
  router.handle('session:start', ({ language }) => session.start(language))
  router.handle('session:activity', () => {
    session.recordActivity()
    return null
  })
  router.handle('session:end', ({ reason }) => session.end(reason))
  session.subscribe((view) => pushToUi('session:state', view))
}
