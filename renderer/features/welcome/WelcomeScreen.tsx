import { useTranslation } from 'react-i18next'

import { languageEndonyms, type LanguageCode } from '../../../shared/languages'
import { DisplaySettings } from '../../app/display-preferences'
import { Button } from '../../components/Button'
import { LanguageHelpNotice } from '../../components/LanguageHelpNotice'
import { Screen } from '../../components/Screen'
import { ToggleButton } from '../../components/ToggleButton'

export interface WelcomeScreenProps {
  /** The languages this clinic offers, in the order their buttons appear. */
  readonly languages: readonly LanguageCode[]
  readonly onStart: (language: LanguageCode) => void
}

/** The attract screen: what this kiosk is for, language choice, display settings, Start. */
export function WelcomeScreen({ languages, onStart }: WelcomeScreenProps) {
  const { t, i18n } = useTranslation('welcome')
  const current = i18n.language as LanguageCode

  return (
    <Screen title={t('title')}>
      <p className="kiosk-lead">{t('intro')}</p>

      <div role="group" aria-labelledby="language-heading" className="kiosk-stack">
        <h2 id="language-heading" className="kiosk-subtitle">
          {t('chooseLanguage')}
        </h2>
        <div className="kiosk-row">
          {languages.map((language) => (
            <ToggleButton
              key={language}
              lang={language}
              pressed={current === language}
              onPressedChange={() => void i18n.changeLanguage(language)}
            >
              {languageEndonyms[language]}
            </ToggleButton>
          ))}
        </div>
        <LanguageHelpNotice />
      </div>

      <p className="kiosk-notice" role="note">
        {t('sharedNotice')}
      </p>

      <Button className="kiosk-button--hero" onClick={() => onStart(current)}>
        {t('start')}
      </Button>

      <DisplaySettings headingId="display-heading" />
    </Screen>
  )
}
