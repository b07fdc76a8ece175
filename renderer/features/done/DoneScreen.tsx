import { useTranslation } from 'react-i18next'

import { Button } from '../../components/Button'
import { QrCode } from '../../components/QrCode'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { DoneCountdown } from './DoneCountdown'

export interface DoneScreenProps {
  /** The official sign-in address: public, the same for everyone, nothing about the patient. */
  readonly address: string
  /** IT has not confirmed the address yet (`verify`): it is not called "official". */
  readonly unverified?: boolean
  /** The address opens an information page about the portal, with links to sign in. */
  readonly informationPage?: boolean
  readonly onErase: () => void
  /** Seconds before the screen erases the session by itself. */
  readonly countdownSeconds: number
}

/**
 * The end: how to get back to the portal at home, and the button that erases this session.
 * There is no Back: the hand-off before it held the patient's signed-in portal (main has closed
 * it), and the screen erases itself after a visible countdown.
 */
export function DoneScreen({
  address,
  unverified = false,
  informationPage = false,
  onErase,
  countdownSeconds,
}: DoneScreenProps) {
  const { t } = useTranslation('done')
  return (
    <Screen title={t('title')}>
      {/* The code first, right under the title, so it is whole in view in every text size. */}
      <div className="kiosk-takehome">
        <QrCode value={address} label={t('qrLabel', { address })} />
        <div className="kiosk-stack">
          <p className="kiosk-lead">{unverified ? t('atHomeAddress') : t('atHome')}</p>
          <p className="kiosk-address">{address}</p>
          {informationPage && <p>{t('informationPage')}</p>}
          <p>{t('qrHint')}</p>
          <p>{t('noSearch')}</p>
        </div>
      </div>
      <p className="kiosk-notice" role="note">
        {t('eraseNote')}
      </p>
      {/* The way forward here is ending the session: in the action bar, where every step's is.
          The countdown and "I need more time" sit there too, so they are in view on every
          screen size and text size before the session erases itself. */}
      <StepActions start={<DoneCountdown seconds={countdownSeconds} onElapsed={onErase} />}>
        <Button variant="danger" onClick={onErase}>
          {t('erase')}
        </Button>
      </StepActions>
    </Screen>
  )
}
