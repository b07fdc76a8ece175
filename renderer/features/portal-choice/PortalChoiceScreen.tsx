import { useTranslation } from 'react-i18next'
import { CircleHelp, Hospital } from 'lucide-react'

import { pickText } from '../../../shared/config/localized-text'
import type { PublicPortal } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { RequiredChoice } from '../../components/RequiredChoice'
import { Screen } from '../../components/Screen'

/** The "not sure" answer: not a portal id (ids are lower-case words with dashes). */
export const NOT_SURE = 'not-sure!' as const

export interface PortalChoiceScreenProps {
  readonly portals: readonly PublicPortal[]
  readonly language: LanguageCode
  /** The portal chosen earlier, when the patient comes back to this step. */
  readonly initial: string | null
  readonly eyebrow?: string
  readonly onChoose: (portalId: string) => void
  readonly onNotSure: () => void
  readonly onBack: () => void
}

/** Step 1: "Where do you get care?" Names and descriptions come from the configuration. */
export function PortalChoiceScreen({
  portals,
  language,
  initial,
  eyebrow,
  onChoose,
  onNotSure,
  onBack,
}: PortalChoiceScreenProps) {
  const { t } = useTranslation('portalChoice')
  const choices = [
    ...portals.map((portal) => ({
      value: portal.id,
      label: pickText(portal.name, language),
      description: pickText(portal.description, language),
      icon: <Hospital />,
    })),
    {
      value: NOT_SURE,
      label: t('notSure.label'),
      description: t('notSure.description'),
      icon: <CircleHelp />,
    },
  ]

  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('intro')}</p>
      {/* The guide: the portals' pages differ in look, which is no sign of a wrong page. */}
      {portals.length > 1 && <p className="kiosk-hint">{t('looksDifferent')}</p>}
      <RequiredChoice
        legend={t('legend')}
        choices={choices}
        initial={initial}
        pleaseChoose={t('pleaseChoose')}
        continueLabel={t('continue')}
        onBack={onBack}
        onContinue={(answer) => (answer === NOT_SURE ? onNotSure() : onChoose(answer))}
      />
    </Screen>
  )
}
