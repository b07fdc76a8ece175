import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { OfficialFormChecklist } from '../../components/OfficialFormChecklist'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface OwnPhoneScreenProps {
  /** The official sign-up address: public, the same for everyone, nothing about the patient. */
  readonly address: string
  /** The address opens an information page about the portal (it links to sign-up). */
  readonly informationPage: boolean
  readonly eyebrow?: string
  /** Ends and erases this session (counted for staff as "finished on their own phone"). */
  readonly onEndHere: () => void
  readonly onBack: () => void
}

/**
 * "Finish on your own phone instead": the guide prefers a personal device, so the patient can
 * take the official sign-up address with them as a QR code and end the session here.
 */
export function OwnPhoneScreen({
  address,
  informationPage,
  eyebrow,
  onEndHere,
  onBack,
}: OwnPhoneScreenProps) {
  const { t } = useTranslation('ownPhone')
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      {/* The code first, right under the title, so it is whole in view in every text size. */}
      <div className="kiosk-takehome">
        <QrCode value={address} label={t('qrLabel', { address })} />
        <div className="kiosk-stack">
          <p className="kiosk-lead">{t('intro')}</p>
          <p className="kiosk-address">{address}</p>
          {informationPage && <p>{t('informationPage')}</p>}
          <p>{t('qrHint')}</p>
        </div>
      </div>
      <OfficialFormChecklist headingId="own-phone-official-form" />
      <p>{t('noSearch')}</p>
      <p className="kiosk-notice" role="note">
        {t('endNote')}
      </p>
      <StepActions onBack={onBack}>
        <Button variant="danger" onClick={onEndHere}>
          {t('endHere')}
        </Button>
      </StepActions>
    </Screen>
  )
}
