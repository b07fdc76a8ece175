import { useState } from 'react'

import { Button } from './Button'
import { ChoiceGroup, type Choice } from './ChoiceGroup'
import { StepActions } from './StepActions'

export interface RequiredChoiceProps<V extends string> {
  readonly legend: string
  readonly choices: readonly Choice<V>[]
  /** The answer given earlier, when the patient comes back to this step. */
  readonly initial: V | null
  /** Said (as an alert) when Continue is pressed before any answer. */
  readonly pleaseChoose: string
  readonly continueLabel: string
  readonly onBack: () => void
  readonly onContinue: (answer: V) => void
}

/**
 * A question a step cannot go on without: the answer cards, then Continue in the action bar.
 * Continue is never disabled (a patient would not know why nothing happens): pressed before an
 * answer, it says "please choose one", and the message goes away with the first answer.
 */
export function RequiredChoice<V extends string>({
  legend,
  choices,
  initial,
  pleaseChoose,
  continueLabel,
  onBack,
  onContinue,
}: RequiredChoiceProps<V>) {
  const [answer, setAnswer] = useState<V | null>(initial)
  const [unanswered, setUnanswered] = useState(false)
  return (
    <>
      <ChoiceGroup
        legend={legend}
        choices={choices}
        value={answer}
        onChange={(value) => {
          setAnswer(value)
          setUnanswered(false)
        }}
      />
      {unanswered && (
        <p role="alert" className="kiosk-error">
          {pleaseChoose}
        </p>
      )}
      <StepActions onBack={onBack}>
        <Button onClick={() => (answer === null ? setUnanswered(true) : onContinue(answer))}>
          {continueLabel}
        </Button>
      </StepActions>
    </>
  )
}
