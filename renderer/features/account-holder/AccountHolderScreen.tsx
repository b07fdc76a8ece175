import { useTranslation } from 'react-i18next'
import { HeartHandshake, School, UserRound } from 'lucide-react'

import type { AccountHolder } from '../../../shared/activation/account-holder'
import { RequiredChoice } from '../../components/RequiredChoice'
import { Screen } from '../../components/Screen'

export interface AccountHolderScreenProps {
  readonly initial: AccountHolder | null
  readonly eyebrow?: string
  readonly onChoose: (holder: AccountHolder) => void
  readonly onBack: () => void
}

/** One picture per answer (decorative: the label names it). */
const holderIcons = {
  self: <UserRound />,
  caregiver: <HeartHandshake />,
  teen: <School />,
} as const

const order: readonly AccountHolder[] = ['self', 'caregiver', 'teen']

/** Step 2: "Who is the account for?" Each answer leads somewhere useful, never to a dead end. */
export function AccountHolderScreen({
  initial,
  eyebrow,
  onChoose,
  onBack,
}: AccountHolderScreenProps) {
  const { t } = useTranslation('accountHolder')
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <RequiredChoice
        legend={t('legend')}
        choices={order.map((holder) => ({
          value: holder,
          label: t(`${holder}.label`),
          description: t(`${holder}.description`),
          icon: holderIcons[holder],
        }))}
        initial={initial}
        pleaseChoose={t('pleaseChoose')}
        continueLabel={t('continue')}
        onBack={onBack}
        onContinue={onChoose}
      />
    </Screen>
  )
}
