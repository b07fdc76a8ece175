import { Languages, MonitorSmartphone, Pointer, ShieldCheck } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { PublicClinicLogo } from '../../../shared/config/clinic-logo'
import type { LanguageCode } from '../../../shared/languages'
import { DisplaySettings } from '../../display/display-preferences'
import { Button } from '../../components/Button'
import { LanguageHelpNotice } from '../../components/LanguageHelpNotice'
import { LanguageTiles } from '../../components/LanguageTiles'

export interface WelcomeScreenProps {
  /** The languages this clinic offers, in the order their tiles appear. */
  readonly languages: readonly LanguageCode[]
  readonly clinicName: string
  /** The clinic's logo as main checked it (a data: URL); absent when none is configured. */
  readonly logo?: PublicClinicLogo
  readonly onStart: (language: LanguageCode) => void
}

/**
 * The attract screen, made to be read from a few steps away: the clinic's name (and logo) big,
 * a simple picture of what the kiosk is for, the languages as big tiles in their own words,
 * and, fixed at the bottom where a standing hand reaches, the "shared kiosk" notice and "Touch to
 * begin". Screen settings stay there, small, beside it. The whole screen is also rendered
 * into index.html at build time (renderer/prerender), so keep it free of effects on first paint.
 */
export function WelcomeScreen({ languages, clinicName, logo, onStart }: WelcomeScreenProps) {
  const { t, i18n } = useTranslation('welcome')
  const current = i18n.language as LanguageCode
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])

  return (
    <section className="welcome" aria-labelledby={headingId}>
      {/* The sign and the languages scroll inside their own region where large text needs it;
          the page itself never scrolls. */}
      <div className="welcome__scroll">
        <div className="welcome__hero">
          <div className="welcome__brand">
            {logo !== undefined && (
              <img
                className="welcome__logo"
                src={logo.src}
                width={logo.width}
                height={logo.height}
                // Without alt text in the configuration the logo repeats the name beside it.
                // (Not pickText: localized-text.ts imports zod, which must stay out of the first
                // screen's bundle — README "Performance".)
                alt={logo.alt === undefined ? '' : (logo.alt[current] ?? logo.alt.en ?? '')}
              />
            )}
            <p className="welcome__clinic">{clinicName}</p>
          </div>
          <span className="welcome__art" aria-hidden="true">
            <MonitorSmartphone focusable="false" strokeWidth={1.5} />
          </span>
          <h1 id={headingId} ref={heading} tabIndex={-1} className="welcome__title">
            {t('title')}
          </h1>
          <p className="welcome__intro">{t('intro')}</p>
        </div>

        <div className="welcome__choices">
          <h2 id="language-heading" className="welcome__heading">
            <Languages aria-hidden="true" focusable="false" />
            {t('chooseLanguage')}
          </h2>
          <LanguageTiles
            languages={languages}
            current={current}
            onChoose={(language) => void i18n.changeLanguage(language)}
            labelledBy="language-heading"
          />
          <LanguageHelpNotice />
        </div>
      </div>

      {/* Fixed at the bottom, never over the rest: the shared-kiosk notice (always in view, in
          every language and text size) and "Touch to begin". */}
      <div className="welcome__actions">
        <p className="welcome__notice" role="note">
          <ShieldCheck aria-hidden="true" focusable="false" />
          <span>{t('sharedNotice')}</span>
        </p>
        <Button className="welcome__start" onClick={() => onStart(current)}>
          <Pointer aria-hidden="true" focusable="false" />
          {t('start')}
        </Button>
        <div className="welcome__display">
          <DisplaySettings headingId="display-heading" />
        </div>
      </div>
    </section>
  )
}
