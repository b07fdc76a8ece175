import { useTranslation } from 'react-i18next'

import { pickText } from '../../../shared/config/localized-text'
import type { PublicPortal } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { QrCode } from '../../components/QrCode'

export interface TakeHomeHelpProps {
  /** The patient's portal when chosen, else every configured portal (Help opens at any step). */
  readonly portals: readonly PublicPortal[]
  readonly language: LanguageCode
}

/**
 * The way back to help at home, as a QR code. The configuration has no separate help address,
 * so the code opens the portal's sign-in address and says truthfully what that is: the sign-in
 * page with its help link, or the information page that links to it. An address IT has not
 * confirmed (`verify`) is not called "official". The code holds only that public address.
 */
export function TakeHomeHelp({ portals, language }: TakeHomeHelpProps) {
  const { t } = useTranslation('signInTrouble')
  return (
    <section className="kiosk-stack" aria-labelledby="take-home-help">
      <h2 id="take-home-help" className="kiosk-subtitle">
        {t('takeHome.heading')}
      </h2>
      {portals.map((portal) => {
        const address = portal.signInUrl
        const name = pickText(portal.name, language)
        const what =
          portal.addressKind === 'information-page'
            ? portal.verify
              ? t('takeHome.informationPage', { portal: name })
              : t('takeHome.informationPageOfficial', { portal: name })
            : portal.verify
              ? t('takeHome.signInPage', { portal: name })
              : t('takeHome.signInPageOfficial', { portal: name })
        return (
          <div key={portal.id} className="kiosk-takehome" data-portal={portal.id}>
            <QrCode value={address} label={t('takeHome.qrLabel', { address })} />
            <div className="kiosk-stack">
              <p>{what}</p>
              <p className="kiosk-address">{address}</p>
              <p>{t('takeHome.qrHint')}</p>
            </div>
          </div>
        )
      })}
    </section>
  )
}
