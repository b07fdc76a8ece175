import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConfigStatusView } from '../../../shared/ipc/config-channels'
import { useBridge } from '../../bridge/kiosk-bridge'
import { Button } from '../../components/Button'
import { StaffDialog } from './StaffDialog'

type Loaded =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'status'; status: ConfigStatusView }

/**
 * What is wrong with the configuration, for staff and IT: opened by the staff gesture while the
 * kiosk is locked as "not configured" (patients see only the calm sign). No PIN: a broken file
 * has no PIN hash to check, and "Check the file again" only re-reads the file (main refuses it
 * once the file is valid). The file's path, its SHA-256 and each problem (setting path + what
 * to write) are technical text from the validator, in English (lang="en").
 */
export function ConfigProblemsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('configError')
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
    // `config-ok`: the file is valid now; the kiosk leaves the locked screen by itself.
    else if (answer.error.code === 'rejected') onClose()
  }, [bridge, onClose])

  return (
    <StaffDialog
      titleId="config-problems-title"
      title={t('staffHeading')}
      className="config-error"
      onClose={onClose}
    >
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
      <div className="kiosk-row">
        <Button onClick={() => void recheck()} disabled={checking}>
          {t('recheck')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
    </StaffDialog>
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
