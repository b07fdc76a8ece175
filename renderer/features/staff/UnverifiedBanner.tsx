import { useTranslation } from 'react-i18next'

import type { ConfigStatusView } from '../../../shared/ipc/config-channels'

export interface UnverifiedBannerProps {
  readonly items: NonNullable<ConfigStatusView['unverified']>
}

/**
 * Every setting IT has not confirmed yet (flagged `verify` in the configuration), the same list
 * `npm run check-config` prints. Patients never see these items as official: unconfirmed hours
 * and menu options are not shown to them at all.
 */
export function UnverifiedBanner({ items }: UnverifiedBannerProps) {
  const { t } = useTranslation('staff')
  if (items.length === 0) return null
  return (
    <section className="staff-banner" aria-labelledby="staff-unverified-heading">
      <h3 id="staff-unverified-heading" className="staff-heading">
        {t('panel.unverified.heading', { count: items.length })}
      </h3>
      <p>{t('panel.unverified.intro')}</p>
      <ul className="kiosk-list">
        {items.map((item) => (
          <li key={item.path}>
            <code className="staff-code">{item.path}</code> {item.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
