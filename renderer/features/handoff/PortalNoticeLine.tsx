import { useTranslation } from 'react-i18next'

import type { PortalNotice } from '../../../shared/ipc/portal-channels'

/**
 * A calm note under the official page when it asked for something the kiosk does not do on a
 * shared device: open a document (a PDF opens on the patient's own device instead), or set up
 * or use a passkey. The page stays; nothing else happens.
 */
export function PortalNoticeLine({ notice }: { readonly notice: PortalNotice }) {
  const { t } = useTranslation('shell')
  return (
    <p role="status" className="kiosk-notice">
      {notice === 'document' ? t('notice.document') : t('notice.passkey')}
    </p>
  )
}
