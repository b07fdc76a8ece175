import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import { App } from '../../../renderer/app/App'
import { createPreviewBridge } from '../../../renderer/bridge/preview/install-preview-bridge'
import { createPreviewCallLog } from '../../../renderer/bridge/preview/preview-call-log'
import { createKioskI18n } from '../../../renderer/i18n/i18n'

/** Renders the whole app against the in-page preview bridge, as the browser preview does. */
export function renderApp(bridge?: KioskBridge, options: { readonly search?: string } = {}) {
  const log = createPreviewCallLog()
  const kiosk = bridge ?? createPreviewBridge(log, { search: options.search ?? '' })
  const user = userEvent.setup()
  const view = render(<App bridge={kiosk} i18n={createKioskI18n()} />)
  return { ...view, user, log, bridge: kiosk }
}
