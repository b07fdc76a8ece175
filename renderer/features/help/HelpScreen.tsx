import { KeyRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import { pickText } from '../../../shared/config/localized-text'
import type { PublicConfig } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { DisplaySettings } from '../../display/display-preferences'
import { Button } from '../../components/Button'
import { LanguageHelpNotice } from '../../components/LanguageHelpNotice'
import { LanIdNote } from '../../components/LanIdNote'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface HelpScreenProps {
  readonly support: PublicConfig['support']
  readonly language: LanguageCode
  readonly onClose: () => void
  /** Opens "What you can do online" again. */
  readonly onShowFeatures?: () => void
  /** Opens "Trouble signing in at home" (browser tips and the address to take home). */
  readonly onSignInTrouble?: () => void
}

const haveReady = [
  'name',
  'birthDate',
  'contact',
  'mayoNumber',
  'errorMessage',
  'device',
  'whichPortal',
  'when',
] as const

/**
 * Who to call for what (the help line is for technical problems, the care team for health), and
 * the screen settings, reachable here at every step.
 */
export function HelpScreen({
  support,
  language,
  onClose,
  onShowFeatures,
  onSignInTrouble,
}: HelpScreenProps) {
  const { t } = useTranslation('help')
  return (
    <Screen title={t('title')}>
      {/* First: a patient who opens Help because the screen is hard to read finds it at once. */}
      <DisplaySettings headingId="help-display" />
      {onSignInTrouble !== undefined && (
        <div className="kiosk-row">
          <Button variant="secondary" onClick={onSignInTrouble}>
            <KeyRound aria-hidden="true" className="kiosk-icon" />
            {t('signInTrouble')}
          </Button>
        </div>
      )}
      <LanguageHelpNotice />
      <section className="kiosk-stack" aria-labelledby="help-technical">
        <h2 id="help-technical" className="kiosk-subtitle">
          {t('technical.heading')}
        </h2>
        <p>{t('technical.body')}</p>
        <p className="kiosk-phone">{support.phone}</p>
        {support.hours !== undefined && (
          <p>{t('technical.hours', { hours: pickText(support.hours, language) })}</p>
        )}
        <p>{t('technical.noGuessing')}</p>
      </section>
      <section className="kiosk-stack" aria-labelledby="help-recovery">
        <h2 id="help-recovery" className="kiosk-subtitle">
          {t('recovery.heading')}
        </h2>
        <p>{t('recovery.body')}</p>
        <LanIdNote />
      </section>
      <section className="kiosk-stack" aria-labelledby="help-someone-else">
        <h2 id="help-someone-else" className="kiosk-subtitle">
          {t('someoneElse.heading')}
        </h2>
        <p>{t('someoneElse.body')}</p>
      </section>
      <section className="kiosk-stack" aria-labelledby="help-medical">
        <h2 id="help-medical" className="kiosk-subtitle">
          {t('medical.heading')}
        </h2>
        <p>{t('medical.body')}</p>
      </section>
      <section className="kiosk-stack" aria-labelledby="help-ready">
        <h2 id="help-ready" className="kiosk-subtitle">
          {t('haveReady.heading')}
        </h2>
        <ul className="kiosk-list">
          {haveReady.map((item) => (
            <li key={item}>{t(`haveReady.${item}`)}</li>
          ))}
        </ul>
      </section>
      {onShowFeatures !== undefined && (
        <Button variant="secondary" onClick={onShowFeatures}>
          {t('features')}
        </Button>
      )}
      <StepActions onBack={onClose} backLabel={t('close')} />
    </Screen>
  )
}
