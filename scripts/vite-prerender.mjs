// Vite plugin for the renderer builds (electron.vite.config.ts, vite.preview.config.ts): puts
// the first screens into index.html at build time, so the kiosk paints before any of its code
// has loaded. No inline script is added: the CSP stays `script-src 'self'`. The app's chunks
// are deliberately NOT modulepreloaded from the HTML: measured, fetching and compiling them
// before the first frame delayed that frame (docs/performance.md); renderer/main.tsx loads
// them right after it instead.
import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { runnerImport } from 'vite'

const escapeAttribute = (/** @type {string} */ value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/** @returns {import('vite').Plugin} */
export function prerenderFirstScreens() {
  let mode = 'production'
  // From the build's root (renderer/): electron-vite bundles its config elsewhere, so this
  // file's own location is not a reliable base.
  let renderModule = ''
  return {
    name: 'kiosk-prerender-first-screens',
    apply: 'build',
    configResolved(config) {
      mode = config.mode
      renderModule = resolve(config.root, 'prerender/render-first-screens.tsx')
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        /** @type {{ module: typeof import('../renderer/prerender/render-first-screens') }} */
        const { module } = await runnerImport(renderModule, {
          configFile: false,
          logLevel: 'error',
          plugins: [react()],
        })
        const screens = module.renderFirstScreens(mode === 'preview' ? 'preview' : 'electron')
        const root = '<div id="root"></div>'
        if (!html.includes(root)) throw new Error(`index.html must contain ${root}`)
        // `inert` until boot.tsx hands the screen to React: nothing may look tappable and do
        // nothing. A function, so `$` in the markup is never read as a replacement pattern.
        return html.replace(
          root,
          () =>
            `${screens.recovering}<div id="root" data-prerendered="${escapeAttribute(screens.key)}" inert>${screens.attract}</div>`,
        )
      },
    },
  }
}
