import { useTranslation } from 'react-i18next'

export interface OfficialFormChecklistProps {
  /** Heading id, unique on the screen. */
  readonly headingId: string
}

/**
 * What the official sign-up page will ask, so the patient has it ready. The kiosk does not ask
 * for these itself unless it can fill them in for the patient (a portal with pre-fill set up).
 */
export function OfficialFormChecklist({ headingId }: OfficialFormChecklistProps) {
  const { t } = useTranslation('ui')
  const items = ['name', 'birthDate', 'email', 'mayoNumber', 'passcode'] as const
  return (
    <section className="kiosk-stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="kiosk-subtitle">
        {t('officialForm.heading')}
      </h2>
      <ul className="kiosk-list">
        {items.map((item) => (
          <li key={item}>{t(`officialForm.${item}`)}</li>
        ))}
      </ul>
    </section>
  )
}
