import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConfigStatusView } from '../../../shared/ipc/config-channels'
import { languageEndonyms, reviewedLanguages } from '../../../shared/languages'
import { useBridge } from '../../bridge/kiosk-bridge'
import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'
import { ToggleButton } from '../../components/ToggleButton'

type Loaded =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'status'; status: ConfigStatusView }

/**
 * "Not configured": the kiosk is locked because its configuration file is missing or wrong.
 * Patients are sent to the front desk; staff and IT see the file and each problem (setting path
 * + what to write), and can check the file again after fixing it. The problems are technical
 * text from the validator, in English (marked lang="en" so screen readers read them right).
 */
export function ConfigErrorScreen() {
  const { t, i18n } = useTranslation('configError')
  const bridge = useBridge()
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [checking, setChecking] = useState(false)
  const [checkedOnce, setCheckedOnce] = useState(false)

  useEffect(() => {
    let live = true
    void bridge.getConfigStatus().then((answer) => {
      if (live) setLoaded(answer.ok ? { kind: 'status', status: answer.value } : { kind: 'failed' })
    })
    return () => {
      live = false
    }
  }, [bridge])

  const recheck = useCallback(async () => {
    setChecking(true)
    const answer = await bridge.recheckConfig()
    setChecking(false)
    setCheckedOnce(true)
    if (answer.ok) setLoaded({ kind: 'status', status: answer.value })
  }, [bridge])

  return (
    <Screen title={t('title')}>
      <p className="kiosk-lead">{t('patients')}</p>
      {/* No configuration means no list of enabled languages, and no clinic has opted in to a
          language pending review: offer every reviewed one. */}
      <div role="group" aria-label={t('language')} className="kiosk-row">
        {reviewedLanguages.map((language) => (
          <ToggleButton
            key={language}
            lang={language}
            pressed={i18n.language === language}
            onPressedChange={() => void i18n.changeLanguage(language)}
          >
            {languageEndonyms[language]}
          </ToggleButton>
        ))}
      </div>
      <section aria-labelledby="config-error-staff" className="kiosk-stack config-error">
        <h2 id="config-error-staff" className="kiosk-subtitle">
          {t('staffHeading')}
        </h2>
        <p>{t('staffIntro')}</p>
        {loaded.kind === 'loading' && <p role="status">{t('loading')}</p>}
        {loaded.kind === 'failed' && <p role="alert">{t('unavailable')}</p>}
        {loaded.kind === 'status' && <StatusDetails status={loaded.status} />}
        <div role="status" className="config-error__check">
          {checking
            ? t('checking')
            : checkedOnce && loaded.kind === 'status' && loaded.status.state === 'invalid'
              ? t('stillBroken')
              : ''}
        </div>
        <Button variant="secondary" onClick={() => void recheck()} disabled={checking}>
          {t('recheck')}
        </Button>
      </section>
    </Screen>
  )
}

function StatusDetails({ status }: { readonly status: ConfigStatusView }) {
  const { t } = useTranslation('configError')
  return (
    <>
      <dl className="config-error__facts">
        <dt>{t('file')}</dt>
        <dd>
          <code className="config-error__code">{status.source.path ?? t('noFile')}</code>
        </dd>
        {status.sha256 !== undefined && (
          <>
            <dt>{t('fingerprint')}</dt>
            <dd>
              <code className="config-error__code">{status.sha256}</code>
            </dd>
          </>
        )}
      </dl>
      <h3 id="config-error-problems" className="config-error__count">
        {t('problems', { count: status.problems.length })}
      </h3>
      <ul aria-labelledby="config-error-problems" className="config-error__problems" lang="en">
        {status.problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code className="config-error__code">{problem.path}</code> {problem.message}
          </li>
        ))}
      </ul>
    </>
  )
}
