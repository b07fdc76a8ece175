import { useTranslation } from 'react-i18next'

/** What the official sign-up page asks for, besides the activation code. */
export const officialFormItems = ['name', 'birthDate', 'email', 'mayoNumber', 'passcode'] as const
export type OfficialFormItem = (typeof officialFormItems)[number]

export interface OfficialFormChecklistProps {
  /** Heading id, unique on the screen. */
  readonly headingId: string
  /** A teen's account: the list names the teen's details, not the parent's. */
  readonly forTeen?: boolean
  /** Only these items (the ones the kiosk's own form did not ask for); all by default. */
  readonly items?: readonly OfficialFormItem[]
  /** "The portal page will also ask for": after a form that asked for some of them. */
  readonly also?: boolean
}

/**
 * What the official sign-up page will ask, so the patient has it ready. The kiosk does not ask
 * for these itself unless it can fill them in for the patient (a portal with pre-fill set up).
 */
export function OfficialFormChecklist({
  headingId,
  forTeen = false,
  items = officialFormItems,
  also = false,
}: OfficialFormChecklistProps) {
  const { t } = useTranslation('ui')
  if (items.length === 0) return null
  const prefix = forTeen ? 'officialForm.teen' : 'officialForm'
  return (
    <section className="kiosk-stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="kiosk-subtitle">
        {t(also ? 'officialForm.alsoHeading' : 'officialForm.heading')}
      </h2>
      <ul className="kiosk-list">
        {items.map((item) => (
          <li key={item}>{t(`${prefix}.${item}`)}</li>
        ))}
      </ul>
    </section>
  )
}
