import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'

import { languages, type LanguageCode } from '../../../shared/languages'

/**
 * The languages this kiosk offers patients and each one's review status from the registry
 * (shared/languages.ts), so staff know which text a qualified translator has not yet checked
 * and can offer an interpreter when a patient seems unsure.
 */
export function StaffLanguages({ enabled }: { readonly enabled: readonly LanguageCode[] }) {
  const { t } = useTranslation('staff')
  return (
    <section aria-labelledby="staff-languages-heading" className="kiosk-stack">
      <h3 id="staff-languages-heading" className="staff-heading">
        {t('languages.heading')}
      </h3>
      <dl className="staff-facts">
        {enabled.map((code) => (
          <Fragment key={code}>
            <dt>
              <span lang={code} dir={languages[code].dir}>
                {languages[code].endonym}
              </span>{' '}
              <code>({code})</code>
            </dt>
            <dd>
              {t(
                languages[code].review === 'reviewed' ? 'languages.reviewed' : 'languages.pending',
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  )
}
