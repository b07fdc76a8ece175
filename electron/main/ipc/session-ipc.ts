import { IpcRejection } from '../../../shared/ipc/ipc-result'
import type { SessionView } from '../../../shared/ipc/session-channels'
import type { LanguageCode } from '../../../shared/languages'
import type { SessionLifecycle } from '../session/session-controller'
import type { UiResetTracker } from '../session/ui-reset'
import type { IpcRouter } from './ipc-router'

export interface SessionIpcDeps {
  readonly session: SessionLifecycle
  readonly uiReset: UiResetTracker
  /** Sends a pushed event to the UI (only ever to our own UI webContents). */
  readonly pushToUi: (channel: 'session:state', payload: SessionView) => void
  /**
   * The languages the loaded configuration offers (null: none loaded). A session starts only in
   * one of them, so a language pending review that the clinic did not opt in to can never be
   * used, whatever the UI asks.
   */
  readonly enabledLanguages: () => readonly LanguageCode[] | null
}

export function registerSessionIpc(
  router: IpcRouter,
  { session, uiReset, pushToUi, enabledLanguages }: SessionIpcDeps,
): void {
  router.handle('session:get-state', () => session.view())
  router.handle('session:start', ({ language }) => {
    if (!(enabledLanguages() ?? []).includes(language))
      throw new IpcRejection('language-not-enabled')
    return session.start(language)
  })
  router.handle('session:activity', () => {
    session.recordActivity()
    return null
  })
  // Answers once the wipe is done: attract when verified, out-of-order when not.
  router.handle('session:end', ({ reason }) => session.end(reason))
  router.handle('session:more-time', () => session.requestMoreTime())
  router.handle('session:ui-reset', ({ generation }) => {
    uiReset.confirm(generation)
    return null
  })
  session.subscribe((view) => pushToUi('session:state', view))
}
