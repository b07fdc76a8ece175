import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Globe } from 'lucide-react'

import type { PublicPortal } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { TakeHomeHelp } from './TakeHomeHelp'

export interface SignInTroubleScreenProps {
  /** The portals whose sign-in address the patient can take home (the chosen one, else all). */
  readonly portals: readonly PublicPortal[]
  readonly language: LanguageCode
  readonly onClose: () => void
}

const beforeSignIn = ['login', 'passcode', 'browser', 'message'] as const
const generalSteps = [
  'noSearch',
  'titleCheck',
  'rightPage',
  'cookies',
  'cookieSigns',
  'cache',
  'privateBrowsing',
  'javascript',
  'update',
  'otherBrowser',
  'restart',
  'freshStart',
  'minimum',
] as const
const browsers = ['chrome', 'edge', 'safari', 'firefox'] as const
type Browser = (typeof browsers)[number]
const browserTopics = ['cookies', 'cache', 'privateBrowsing', 'javascript'] as const

/** Things to try at home when signing in fails, in general and for each common browser. */
export function SignInTroubleScreen({ portals, language, onClose }: SignInTroubleScreenProps) {
  const { t } = useTranslation('signInTrouble')
  const [browser, setBrowser] = useState<Browser | null>(null)
  const steps = useRef<HTMLElement>(null)
  // The steps appear below the browser buttons, often under the fold of a long list: bring them
  // into view when a browser is chosen (instant, not animated, for patients sensitive to motion).
  useEffect(() => {
    if (browser !== null) steps.current?.scrollIntoView({ block: 'start' })
  }, [browser])
  return (
    <Screen title={t('title')}>
      <p className="kiosk-lead">{t('causes')}</p>
      <p>{t('intro')}</p>
      <ol className="kiosk-list">
        {generalSteps.map((step) => (
          <li key={step}>{t(`general.${step}`)}</li>
        ))}
      </ol>
      <section className="kiosk-stack" aria-labelledby="before-sign-in">
        <h2 id="before-sign-in" className="kiosk-subtitle">
          {t('beforeSignIn.heading')}
        </h2>
        <ul className="kiosk-list">
          {beforeSignIn.map((item) => (
            <li key={item}>{t(`beforeSignIn.${item}`)}</li>
          ))}
        </ul>
      </section>
      <ChoiceGroup
        legend={t('browsers.legend')}
        choices={browsers.map((value) => ({
          value,
          label: t(`browsers.${value}.name`),
          icon: <Globe />,
        }))}
        value={browser}
        onChange={setBrowser}
      />
      {browser !== null && (
        <section
          ref={steps}
          className="kiosk-stack"
          aria-labelledby="browser-steps"
          aria-live="polite"
        >
          <h2 id="browser-steps" className="kiosk-subtitle">
            {t('browsers.stepsFor', { browser: t(`browsers.${browser}.name`) })}
          </h2>
          <p className="kiosk-hint">{t('browsers.note')}</p>
          <dl className="kiosk-definitions">
            {browserTopics.map((topic) => (
              <div key={topic}>
                <dt>{t(`topics.${topic}`)}</dt>
                <dd>{t(`browsers.${browser}.${topic}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {portals.length > 0 && <TakeHomeHelp portals={portals} language={language} />}
      <StepActions onBack={onClose} backLabel={t('close')} />
    </Screen>
  )
}
