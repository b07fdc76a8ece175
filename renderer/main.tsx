import { createRoot } from 'react-dom/client'

import { App } from './app/App'
import { getKioskBridge } from './bridge/kiosk-bridge'
import { createKioskI18n } from './i18n/i18n'
import './styles/global.css'

async function boot(): Promise<void> {
  // The browser preview has no preload: install the in-page bridge first. In the Electron build
  // MODE is 'production', so this branch and its chunk are removed at build time.
  if (import.meta.env.MODE === 'preview') {
    const { installPreviewBridge } = await import('./bridge/preview/install-preview-bridge')
    installPreviewBridge(window)
  }
  const root = document.getElementById('root')
  if (root === null) throw new Error('index.html has no #root element')
  createRoot(root).render(<App bridge={getKioskBridge(window)} i18n={createKioskI18n()} />)
}

void boot()
