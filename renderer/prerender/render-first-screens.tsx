import type { i18n as I18n } from 'i18next'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'

import { defaultConfig } from '../../shared/config/default-config'
import { toPublicConfig } from '../../shared/config/public-config'
import { directionOf } from '../../shared/languages'
import { RECOVERING_SCREEN_ID } from '../../shared/recovery-screen'
import type { KioskBridge } from '../../shared/ipc/kiosk-bridge'
import { App } from '../app/App'
import { attractScreenKey, FirstCommit, type BootSnapshot } from '../kiosk-state/boot-snapshot'
import { createKioskI18n } from '../i18n/i18n'

/**
 * Build time only (scripts/vite-prerender.mjs runs this in Node): the markup index.html carries
 * so the kiosk paints at once, before any script has run.
 * - `attract`: the attract screen exactly as <App> renders it for the embedded default
 *   configuration, which main.tsx hydrates when main's answers match `key`;
 * - `recovering`: a static "One moment" in every language of that configuration, shown only
 *   when main reloads the UI after a crash or hang (index.html#recovering, CSS :target), and
 *   removed by main.tsx once React has drawn the real screen.
 */
export interface FirstScreens {
  readonly attract: string
  readonly key: string
  readonly recovering: string
}

/** Rendering never calls main (effects do not run on the server): any call is a bug. */
const noBridge = new Proxy({} as KioskBridge, {
  get: (_target, method) => () =>
    Promise.reject(new Error(`prerender must not call ${String(method)}`)),
})

export function renderFirstScreens(runtime: 'electron' | 'preview'): FirstScreens {
  const config = toPublicConfig(defaultConfig)
  const language = config.languages.default
  const snapshot: BootSnapshot = {
    view: { phase: 'attract', generation: 0 },
    config: { status: 'ready', config },
    info: { appVersion: 'prerendered', runtime },
  }
  const key = attractScreenKey(snapshot, language)
  if (key === null) throw new Error('the prerendered snapshot must show the attract screen')
  // The same tree main.tsx hydrates (FirstCommit included), so React's ids match.
  const attract = renderToString(
    <FirstCommit>
      <App bridge={noBridge} i18n={createKioskI18n(language)} initial={snapshot} />
    </FirstCommit>,
  )
  const recovering = renderToStaticMarkup(
    <RecoveringScreen
      texts={config.languages.enabled.map((code) => ({ code, i18n: createKioskI18n(code) }))}
    />,
  )
  return { attract, key, recovering }
}

function RecoveringScreen({ texts }: { readonly texts: { code: string; i18n: I18n }[] }) {
  return (
    <div id={RECOVERING_SCREEN_ID} className="kiosk-recovering" role="status">
      {texts.map(({ code, i18n }) => (
        <div key={code} lang={code} dir={directionOf(code)} className="kiosk-recovering__text">
          <p className="kiosk-screen__title">{i18n.t('session:status.loading.title')}…</p>
          <p className="kiosk-lead">{i18n.t('session:status.loading.body')}</p>
        </div>
      ))}
    </div>
  )
}
