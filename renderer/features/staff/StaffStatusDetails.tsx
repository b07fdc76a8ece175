import { useTranslation } from 'react-i18next'

import { languageEndonyms } from '../../../shared/languages'
import type { StaffStatus } from '../../../shared/ipc/staff-channels'
import { formatDay, formatTime } from '../../i18n/format'

/** The panel's read-only part: kiosk health, configuration source, today's counts. */
export function StaffStatusDetails({ status }: { readonly status: StaffStatus }) {
  const { t, i18n } = useTranslation('staff')
  const time = (epoch: number) => formatTime(epoch, i18n.language)
  const { config, counts, lastWipe, errors } = status
  const portals = Object.entries(counts.byPortal)
  const languages = Object.entries(counts.byLanguage) as [keyof typeof languageEndonyms, number][]

  return (
    <div className="staff-columns">
      <section aria-labelledby="staff-status-heading" className="kiosk-stack">
        <h3 id="staff-status-heading" className="staff-heading">
          {t('panel.statusHeading')}
        </h3>
        <dl className="staff-facts">
          <dt>{t('panel.version')}</dt>
          <dd>{status.appVersion}</dd>
          <dt>{t('panel.configSource')}</dt>
          <dd>
            {t(`panel.source.${config.source.kind}`)}
            {config.source.path !== undefined && (
              <>
                <br />
                <code className="staff-code">{config.source.path}</code>
              </>
            )}
            {config.state === 'invalid' && (
              <>
                <br />
                <strong>{t('panel.configProblems', { count: config.problems.length })}</strong>
              </>
            )}
          </dd>
          <dt>{t('panel.configHash')}</dt>
          <dd>
            {config.sha256 === undefined ? (
              t('panel.noHash')
            ) : (
              <code className="staff-code">{config.sha256}</code>
            )}
          </dd>
          <dt>{t('panel.lastWipe')}</dt>
          <dd>
            {lastWipe === null
              ? t('panel.notAvailable')
              : lastWipe.ok
                ? t('panel.wipeOk', {
                    ms: Math.round(lastWipe.durationMs),
                    time: time(lastWipe.at),
                  })
                : t('panel.wipeFailed', { time: time(lastWipe.at) })}
          </dd>
          <dt>{t('panel.errors')}</dt>
          <dd>
            {errors.count === 0
              ? t('panel.noErrors')
              : `${errors.count}: ${errors.recent.map((error) => `${error.event} (${time(error.at)})`).join(', ')}`}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="staff-counts-heading" className="kiosk-stack">
        <h3 id="staff-counts-heading" className="staff-heading">
          {t('panel.countsHeading', { date: formatDay(counts.date, i18n.language) })}
        </h3>
        <dl className="staff-facts">
          <dt>{t('panel.sessions')}</dt>
          <dd>{counts.sessions}</dd>
          <dt>{t('panel.completed')}</dt>
          <dd>{counts.completedHandOffs}</dd>
          <dt>{t('panel.timeouts')}</dt>
          <dd>{counts.timeouts}</dd>
          <dt>{t('panel.ownPhone')}</dt>
          <dd>{counts.finishedOnOwnPhone}</dd>
          <dt>{t('panel.byPortal')}</dt>
          <dd>
            {portals.length === 0
              ? t('panel.none')
              : portals.map(([portal, count]) => `${portal}: ${count}`).join(', ')}
          </dd>
          <dt>{t('panel.byLanguage')}</dt>
          <dd>
            {languages.length === 0
              ? t('panel.none')
              : languages
                  .map(([language, count]) => `${languageEndonyms[language]}: ${count}`)
                  .join(', ')}
          </dd>
        </dl>
      </section>
    </div>
  )
}
