import { useTranslation } from 'react-i18next'

import type { ConfigStatusView } from '../../../shared/ipc/config-channels'

export interface UnverifiedBannerProps {
  readonly items: NonNullable<ConfigStatusView['unverified']>
}

/** What a clerk reads for each unconfirmed setting, by the first part of its path. */
const kinds = ['portal', 'phone', 'hours', 'teenPhoneOption', 'frontDesk', 'other'] as const
type Kind = (typeof kinds)[number]

function kindOf(path: string): Kind {
  if (path.startsWith('portals.')) return 'portal'
  if (path.startsWith('frontDesk.')) return 'frontDesk'
  if (path === 'support.phone') return 'phone'
  if (path === 'support.hours') return 'hours'
  if (path === 'support.teenPhoneOption') return 'teenPhoneOption'
  return 'other'
}

/**
 * Every setting IT has not confirmed yet (flagged `verify` in the configuration). A clerk reads
 * in plain words what that means and whom to tell; the paths and the command that lists them
 * (the same list `npm run check-config` prints) wait behind a "For IT" disclosure, a native
 * <details> that keyboards and screen readers open like a button.
 */
export function UnverifiedBanner({ items }: UnverifiedBannerProps) {
  const { t } = useTranslation('staff')
  if (items.length === 0) return null
  const present = new Set(items.map((item) => kindOf(item.path)))
  return (
    <section className="staff-banner" aria-labelledby="staff-unverified-heading">
      <h3 id="staff-unverified-heading" className="staff-heading">
        {t('panel.unverified.heading', { count: items.length })}
      </h3>
      <p>{t('panel.unverified.intro')}</p>
      <ul className="kiosk-list">
        {kinds
          .filter((kind) => present.has(kind))
          .map((kind) => (
            <li key={kind}>{t(`panel.unverified.kinds.${kind}`)}</li>
          ))}
      </ul>
      <p>{t('panel.unverified.whomToAsk')}</p>
      <details className="staff-details">
        <summary>{t('panel.unverified.forIt')}</summary>
        <p>{t('panel.unverified.command')}</p>
        <ul className="kiosk-list">
          {items.map((item) => (
            <li key={item.path}>
              <code className="staff-code">{item.path}</code> {item.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
