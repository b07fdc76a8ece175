import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { ActivationCodeShape } from '../../../shared/activation/activation-code'
import type { ActivationErrorKey } from '../../../shared/activation/activation-errors'
import {
  createActivationCodeSchema,
  type ActivationCodeInput,
} from '../../../shared/activation/activation-schema'
import { Button } from '../../components/Button'
import { KeyboardDock } from '../../components/KeyboardDock'
import { OfficialFormChecklist } from '../../components/OfficialFormChecklist'
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { ActivationCodeField } from './ActivationCodeField'
import { useCodeShapeCheck } from './code-shape-check'
import { useFormKeyboard } from './form-keyboard'

export interface ActivationCodeStepProps {
  readonly codeShape: ActivationCodeShape
  /** A teen's account: what the official page will ask is the teen's, not the parent's. */
  readonly forTeen?: boolean
  /** What the patient typed before leaving this step (Back), so nothing is lost. */
  readonly draft: string | null
  readonly eyebrow?: string
  /** The code, canonical when it has the usual shape, else as typed. */
  readonly onSubmit: (code: string, draft: string) => void
  readonly onBack: (draft: string) => void
}

/**
 * Step 4 when the kiosk cannot fill in the official form (no pre-fill set up for this portal,
 * as in the embedded default): it asks only for the activation code, the one thing it uses
 * ("Insert my activation code" during the hand-off), and lists what the official page will ask.
 */
export function ActivationCodeStep({
  codeShape,
  forTeen = false,
  draft,
  eyebrow,
  onSubmit,
  onBack,
}: ActivationCodeStepProps) {
  const { t } = useTranslation('activation')
  const formId = useId()
  const schema = useMemo(() => createActivationCodeSchema(codeShape), [codeShape])
  const form = useForm<ActivationCodeInput, unknown, { activationCode: string }>({
    resolver: zodResolver(schema),
    defaultValues: { activationCode: draft ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  })
  const { register, handleSubmit, getValues, setValue, setFocus, formState } = form
  const shapeCheck = useCodeShapeCheck(codeShape)
  const keyboard = useFormKeyboard(
    () => getValues('activationCode'),
    (_name, value) => {
      shapeCheck.changed(value)
      setValue('activationCode', value, {
        shouldDirty: true,
        shouldValidate: formState.isSubmitted,
      })
    },
  )
  const { ref, ...code } = register('activationCode', {
    onChange: (event: { target: { value: string } }) => shapeCheck.changed(event.target.value),
  })
  const error = formState.errors.activationCode?.message

  return (
    <Screen title={t(forTeen ? 'codeOnly.teenTitle' : 'codeOnly.title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('codeOnly.intro')}</p>
      <form
        id={formId}
        noValidate
        className="kiosk-form"
        aria-label={t('codeOnly.formLabel')}
        onSubmit={handleSubmit((values) => {
          const raw = getValues('activationCode')
          if (!shapeCheck.mayContinue(raw)) return setFocus('activationCode')
          onSubmit(values.activationCode, raw)
        })}
      >
        <ActivationCodeField
          {...code}
          ref={(element) => {
            ref(element)
            keyboard.inputRef('activationCode', element)
          }}
          inputMode="none"
          // The code is Latin letters and digits: left to right in every language.
          dir="ltr"
          label={t('activationCode.label')}
          error={error === undefined ? undefined : t(error as ActivationErrorKey)}
          onFocus={() => keyboard.activate('activationCode')}
          onClick={() => keyboard.activate('activationCode')}
          codeShape={codeShape}
          showCheckNote={shapeCheck.warnedFor !== null}
          onCanonical={(canonical) =>
            setValue('activationCode', canonical, { shouldValidate: formState.isSubmitted })
          }
        />
        <OfficialFormChecklist headingId="code-step-official-form" forTeen={forTeen} />
        <p className="kiosk-hint">{t('codeOnly.erased')}</p>
        <StepActions onBack={() => onBack(getValues('activationCode'))}>
          {/* The bar is outside the form in the page: the button names its form. */}
          <Button type="submit" form={formId}>
            {t('submit')}
          </Button>
        </StepActions>
      </form>
      {keyboard.target !== null && (
        <KeyboardDock>
          <OnScreenKeyboard
            layout="code"
            onText={(text) => keyboard.edit({ kind: 'insert', text })}
            onBackspace={() => keyboard.edit({ kind: 'backspace' })}
            field={keyboard.view}
            codeShape={codeShape}
            onDone={keyboard.hide}
          />
        </KeyboardDock>
      )}
    </Screen>
  )
}
