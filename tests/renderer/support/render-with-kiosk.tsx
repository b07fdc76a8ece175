import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'

import { defaultConfig } from '../../../shared/config/default-config'
import { toPublicConfig, type PublicConfig } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { DisplayPreferencesProvider } from '../../../renderer/display/display-preferences'
import { BridgeContext } from '../../../renderer/bridge/kiosk-bridge'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { createPreviewPortal } from '../../../renderer/bridge/preview/preview-portal'
import { createKioskI18n } from '../../../renderer/i18n/i18n'

export const publicConfig: PublicConfig = toPublicConfig(defaultConfig)

/** The embedded default's first portal (Mayo Clinic). */
export function firstPortal(): PublicConfig['portals'][number] {
  const portal = publicConfig.portals[0]
  if (portal === undefined) throw new Error('the default configuration has no portal')
  return portal
}

/**
 * Renders one screen with translations, the preview bridge (whose calls are recorded) and the
 * display settings, as the app provides them around every screen.
 */
export function renderWithKiosk(ui: ReactElement, language: LanguageCode = 'en') {
  const log = createPreviewCallLog()
  const portal = createPreviewPortal()
  const bridge = createPreviewBridge(log, { portal })
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={createKioskI18n(language)}>
      <BridgeContext.Provider value={bridge}>
        <DisplayPreferencesProvider>{ui}</DisplayPreferencesProvider>
      </BridgeContext.Provider>
    </I18nextProvider>,
  )
  return { ...view, user, log, portal, bridge }
}
