import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HeartHandshake, School, UserRound } from 'lucide-react'

import type { AccountHolder } from '../../../shared/activation/account-holder'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

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
  const [answer, setAnswer] = useState<AccountHolder | null>(initial)
  const [unanswered, setUnanswered] = useState(false)
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <ChoiceGroup
        legend={t('legend')}
        choices={order.map((holder) => ({
          value: holder,
          label: t(`${holder}.label`),
          description: t(`${holder}.description`),
          icon: holderIcons[holder],
        }))}
        value={answer}
        onChange={(value) => {
          setAnswer(value)
          setUnanswered(false)
        }}
      />
      {unanswered && (
        <p role="alert" className="kiosk-error">
          {t('pleaseChoose')}
        </p>
      )}
      <StepActions onBack={onBack}>
        <Button onClick={() => (answer === null ? setUnanswered(true) : onChoose(answer))}>
          {t('continue')}
        </Button>
      </StepActions>
    </Screen>
  )
}
