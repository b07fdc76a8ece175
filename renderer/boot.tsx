import { createRoot, hydrateRoot } from 'react-dom/client'

import type { IpcResult } from '../shared/ipc/ipc-result'
import { isSupportedLanguage, type LanguageCode } from '../shared/languages'
import { RECOVERING_SCREEN_ID } from '../shared/recovery-screen'
import { App } from './app/App'
import { attractScreenKey, FirstCommit, type BootSnapshot } from './kiosk-state/boot-snapshot'
import { getKioskBridge } from './bridge/kiosk-bridge'
import { applyDocumentLanguage } from './i18n/document-language'
import { loadKioskI18n } from './i18n/load-kiosk-i18n'

const valueOf = <T,>(result: IpcResult<T>): T | null => (result.ok ? result.value : null)

/**
 * index.html already shows the attract screen (prerendered at build time, see
 * scripts/vite-prerender.mjs). Ask main what to show, load only that language's strings, then
 * hydrate the prerendered markup when it is exactly what React would draw, or draw over it.
 */
export async function boot(): Promise<void> {
  // The browser preview has no preload: install the in-page bridge first. In the Electron build
  // MODE is 'production', so this branch and its chunk are removed at build time.
  if (import.meta.env.MODE === 'preview') {
    const { installPreviewBridge } = await import('./bridge/preview/install-preview-bridge')
    installPreviewBridge(window)
  }
  const root = document.getElementById('root')
  if (root === null) throw new Error('index.html has no #root element')
  const bridge = getKioskBridge(window)
  const committed = () => {
    // React owns the screen now (the bench reads this attribute as "interactive"); a recovery
    // reload's "One moment" stayed until React drew the real screen.
    delete root.dataset['prerendered']
    document.getElementById(RECOVERING_SCREEN_ID)?.remove()
  }
  const answers = await Promise.all([
    bridge.getSessionState(),
    bridge.getPublicConfig(),
    bridge.getInfo(),
  ]).catch(() => null)
  if (answers === null) {
    // Main did not answer at all: draw without a snapshot; the hooks ask again, as they always
    // did, and show "loading" or "out of order" meanwhile.
    root.inert = false
    const i18n = await loadKioskI18n('en')
    createRoot(root).render(
      <FirstCommit onCommit={committed}>
        <App bridge={bridge} i18n={i18n} />
      </FirstCommit>,
    )
    return
  }
  const [view, config, info] = answers
  const snapshot: BootSnapshot = {
    view: valueOf(view) ?? { phase: 'out-of-order', generation: 0 },
    config: config.ok ? { status: 'ready', config: config.value } : { status: 'unavailable' },
    info: valueOf(info),
  }
  const wanted = config.ok ? config.value.languages.default : 'en'
  const language: LanguageCode = isSupportedLanguage(wanted) ? wanted : 'en'
  const i18n = await loadKioskI18n(language)
  // A clinic whose default is Arabic: the page is right to left before React draws anything.
  applyDocumentLanguage(document.documentElement, language)
  const app = (
    <FirstCommit onCommit={committed}>
      <App bridge={bridge} i18n={i18n} initial={snapshot} />
    </FirstCommit>
  )
  const prerendered = root.dataset['prerendered']
  // The prerendered screen is inert until React listens (index.html): a tap before then would be
  // lost, so it is not offered. From hydrateRoot() on, React replays a tap it has to hydrate for.
  root.inert = false
  if (prerendered !== undefined && prerendered === attractScreenKey(snapshot, language)) {
    hydrateRoot(root, app)
  } else {
    // Another clinic's configuration or another phase (a reload after a crash): draw over it.
    createRoot(root).render(app)
  }
}
