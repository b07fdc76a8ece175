import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Check, X } from 'lucide-react'

import {
  DEFAULT_CODE_SHAPE,
  type ActivationCodeShape,
} from '../../../shared/activation/activation-code'

import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface ReadinessAnswers {
  readonly hasCode: boolean | null
  readonly hasPasscodeDevice: boolean | null
  readonly knowsMayoNumber: boolean | null
}

export const noReadinessAnswers: ReadinessAnswers = {
  hasCode: null,
  hasPasscodeDevice: null,
  knowsMayoNumber: null,
}

export interface ReadinessScreenProps {
  readonly initial: ReadinessAnswers
  /** The portal's usual code shape, for the hint (a likely shape, never stated as fact). */
  readonly codeShape?: ActivationCodeShape
  readonly eyebrow?: string
  /** Called with the answers; `hasCode` is always answered by then. */
  readonly onContinue: (answers: ReadinessAnswers & { readonly hasCode: boolean }) => void
  readonly onBack: () => void
}

type YesNo = 'yes' | 'no'
const toYesNo = (value: boolean | null): YesNo | null =>
  value === null ? null : value ? 'yes' : 'no'

/** Step 3: a checklist of what the patient needs. Only the code question decides the path. */
export function ReadinessScreen({
  initial,
  codeShape = DEFAULT_CODE_SHAPE,
  eyebrow,
  onContinue,
  onBack,
}: ReadinessScreenProps) {
  const { t } = useTranslation('readiness')
  const [answers, setAnswers] = useState(initial)
  const [unanswered, setUnanswered] = useState(false)
  const question = (key: keyof ReadinessAnswers, name: 'code' | 'passcode' | 'mayoNumber') => (
    <div className="kiosk-stack">
      <ChoiceGroup
        legend={t(`${name}.legend`)}
        choices={[
          { value: 'yes' as const, label: t(`${name}.yes`), icon: <Check /> },
          { value: 'no' as const, label: t(`${name}.no`), icon: <X /> },
        ]}
        value={toYesNo(answers[key])}
        onChange={(value) => {
          setAnswers((current) => ({ ...current, [key]: value === 'yes' }))
          if (key === 'hasCode') setUnanswered(false)
        }}
      />
      <p className="kiosk-hint">
        {t(`${name}.hint`, { groups: codeShape.groups, length: codeShape.groupLength })}
      </p>
      {answers[key] === false && <p className="kiosk-notice">{t(`${name}.ifNo`)}</p>}
    </div>
  )
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      {question('hasCode', 'code')}
      {unanswered && (
        <p role="alert" className="kiosk-error">
          {t('answerCode')}
        </p>
      )}
      {question('hasPasscodeDevice', 'passcode')}
      {question('knowsMayoNumber', 'mayoNumber')}
      <StepActions onBack={onBack}>
        <Button
          onClick={() => {
            const { hasCode } = answers
            if (hasCode === null) return setUnanswered(true)
            onContinue({ ...answers, hasCode })
          }}
        >
          {t('continue')}
        </Button>
      </StepActions>
    </Screen>
  )
}
