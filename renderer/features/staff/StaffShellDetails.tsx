import { useTranslation } from 'react-i18next'

import type { ShellStatus } from '../../../shared/ipc/shell-status'

/**
 * The main process's own part of the staff panel: how the kiosk bounds its lifetime (daily
 * restart hour or "off", and the restart after N patients) and which parts of official pages it
 * blocked today, by origin, so IT can decide what belongs in `allowedFrameOrigins`; and how often
 * a server asked for a client certificate (the kiosk never sends one).
 */
export function StaffShellDetails({ shell }: { readonly shell: ShellStatus }) {
  const { t } = useTranslation('shell')
  return (
    <section aria-labelledby="staff-shell-heading" className="kiosk-stack">
      <h3 id="staff-shell-heading" className="staff-heading">
        {t('staff.heading')}
      </h3>
      <dl className="staff-facts">
        <dt>{t('staff.dailyRestart')}</dt>
        <dd>
          {shell.dailyRestartHour === null
            ? t('staff.dailyRestartOff')
            : t('staff.dailyRestartAt', { hour: String(shell.dailyRestartHour).padStart(2, '0') })}
        </dd>
        <dt>{t('staff.sessionLimit')}</dt>
        <dd>
          {t('staff.sessionLimitValue', {
            limit: shell.restartAfterSessions,
            served: shell.sessionsSinceStart,
          })}
        </dd>
        <dt>{t('staff.blockedFrames')}</dt>
        <dd>
          {shell.blockedFrames.length === 0 ? (
            t('staff.blockedFramesNone')
          ) : (
            <>
              <ul>
                {shell.blockedFrames.map((entry) => (
                  <li key={entry.origin}>
                    <code className="staff-code">
                      {t('staff.blockedFrameCount', { origin: entry.origin, times: entry.count })}
                    </code>
                  </li>
                ))}
              </ul>
              {t('staff.blockedFramesHint')}
            </>
          )}
        </dd>
        {shell.clientCertificatesRefused === undefined ? null : (
          <>
            <dt>{t('staff.clientCertificates')}</dt>
            <dd>
              {t('staff.clientCertificatesValue', { refused: shell.clientCertificatesRefused })}
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
