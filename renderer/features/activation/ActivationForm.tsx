import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo } from 'react'
import { useForm, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { AccountHolder } from '../../../shared/activation/account-holder'
import {
  DEFAULT_CODE_SHAPE,
  type ActivationCodeShape,
} from '../../../shared/activation/activation-code'
import type { ActivationErrorKey } from '../../../shared/activation/activation-errors'
import {
  createActivationSchema,
  emptyActivationInput,
  personalFields,
  type ActivationDetails,
  type ActivationInput,
  type PersonalField,
} from '../../../shared/activation/activation-schema'
import { Button } from '../../components/Button'
import { KeyboardDock } from '../../components/KeyboardDock'
import {
  OfficialFormChecklist,
  type OfficialFormItem,
} from '../../components/OfficialFormChecklist'
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { TextField } from '../../components/TextField'
import { ActivationCodeField } from './ActivationCodeField'
import { useCodeShapeCheck } from './code-shape-check'
import { DateOfBirthField } from './DateOfBirthField'
import { keyboardLayoutFor, useFormKeyboard, type TextFieldName } from './form-keyboard'

export interface ActivationFormProps {
  readonly accountHolder: AccountHolder
  /** The portal's usual activation-code shape (another shape continues after a check note). */
  readonly codeShape?: ActivationCodeShape
  /**
   * The details the kiosk can fill in on the official form (the portal's pre-fill selectors):
   * the form asks for these and no others. The activation code is always asked for ("Insert my
   * activation code" types it during the hand-off).
   */
  readonly asked?: readonly PersonalField[]
  /**
   * The date of birth does not fit who the account is for: offer the right path (the teen path,
   * or "Me") instead of a dead end. Called with the holder the age fits and what was typed.
   */
  readonly onChangeHolder?: (holder: AccountHolder, draft: ActivationInput) => void
  /** What the patient typed before leaving this step (Back), so nothing is lost. */
  readonly draft: ActivationInput | null
  readonly eyebrow?: string
  readonly onSubmit: (details: ActivationDetails, draft: ActivationInput) => void
  readonly onBack: (draft: ActivationInput) => void
}

/** Where focus goes after a failed submit: the first invalid field, top to bottom. */
const fieldOrder = [
  'activationCode',
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'mayoClinicNumber',
] as const

/** Which path fits a date of birth that does not fit the chosen holder. */
/** What the official page asks for that a field of this form covers. */
const checklistItemOf: Readonly<Record<PersonalField, OfficialFormItem | null>> = {
  firstName: 'name',
  lastName: 'name',
  dateOfBirth: 'birthDate',
  email: 'email',
  mayoClinicNumber: 'mayoNumber',
}

const betterPath: Partial<Record<ActivationErrorKey, 'teen' | 'self'>> = {
  'errors.dateOfBirth.selfTooYoung': 'teen',
  'errors.dateOfBirth.caregiverTooYoung': 'teen',
  'errors.dateOfBirth.teenTooOld': 'self',
}

/**
 * Step 4 for a portal whose official form the kiosk can fill in (its profile names the form's
 * fields): the activation details, validated by the shared schema (the same one main uses).
 * Without pre-fill the kiosk asks for the code only (ActivationCodeStep). Values live only in
 * this form's React state — never in storage, the URL, logs or activity reports — and disappear
 * with the React tree when the session is erased.
 */
export function ActivationForm({
  accountHolder,
  codeShape = DEFAULT_CODE_SHAPE,
  asked = personalFields,
  onChangeHolder,
  draft,
  eyebrow,
  onSubmit,
  onBack,
}: ActivationFormProps) {
  const { t } = useTranslation('activation')
  const formId = useId()
  const schema = useMemo(() => createActivationSchema(undefined, codeShape), [codeShape])
  const shapeCheck = useCodeShapeCheck(codeShape)
  const form = useForm<ActivationInput, unknown, ActivationDetails>({
    resolver: zodResolver(schema),
    defaultValues: { ...(draft ?? emptyActivationInput(accountHolder, asked)), accountHolder },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  })
  const { register, handleSubmit, getValues, setValue, setFocus, formState } = form
  const keyboard = useFormKeyboard(
    (name) => getValues(name) ?? '',
    (name, value) => {
      if (name === 'activationCode') shapeCheck.changed(value)
      setValue(name, value, { shouldDirty: true, shouldValidate: formState.isSubmitted })
    },
  )

  const forTeen = accountHolder === 'teen'
  const asks = (field: PersonalField) => asked.includes(field)
  // What the official page will ask that this form does not: the patient has it ready there.
  const notAsked = (['name', 'birthDate', 'email', 'mayoNumber'] as const).filter(
    (item) => !personalFields.some((field) => checklistItemOf[field] === item && asks(field)),
  )
  const errorText = (message: string | undefined) =>
    message === undefined ? undefined : t(message as ActivationErrorKey)

  const textField = (name: Exclude<TextFieldName, `dateOfBirth.${string}`>) => {
    const { ref, ...field } = register(name)
    return {
      ...field,
      ref: (element: HTMLInputElement | null) => {
        ref(element)
        keyboard.inputRef(name, element)
      },
      // Our keyboard replaces the system one (touch screens would otherwise show both).
      inputMode: 'none' as const,
      // Every field here takes Latin letters, digits or an address, also in Arabic: it stays
      // left to right so what is typed reads in the order it was typed.
      dir: 'ltr',
      // On the teen path every label names the teen's details, not the parent's.
      label: t(forTeen && name !== 'activationCode' ? `teen.${name}.label` : `${name}.label`),
      hint: t(forTeen && name !== 'activationCode' ? `teen.${name}.hint` : `${name}.hint`),
      error: errorText(formState.errors[name]?.message),
      onFocus: () => keyboard.activate(name),
      onClick: () => keyboard.activate(name),
    }
  }

  const onInvalid = (errors: FieldErrors<ActivationInput>) => {
    const first = fieldOrder.find((name) => errors[name] !== undefined)
    if (first === undefined) return
    if (first !== 'dateOfBirth') return setFocus(first)
    const order = t('dateOfBirth.order').split(' ')[0]
    setFocus(order === 'day' ? 'dateOfBirth.day' : 'dateOfBirth.month')
  }

  const code = register('activationCode', {
    onChange: (event: { target: { value: string } }) => shapeCheck.changed(event.target.value),
  })
  const dateError = formState.errors.dateOfBirth?.message as ActivationErrorKey | undefined
  const fitsBetter = dateError === undefined ? undefined : betterPath[dateError]
  return (
    <Screen title={t('title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('intro')}</p>
      {accountHolder !== 'self' && (
        <p className="kiosk-notice" role="note">
          {t(`holderNote.${accountHolder}`)}
        </p>
      )}
      <form
        id={formId}
        noValidate
        className="kiosk-form"
        aria-label={t('formLabel')}
        onSubmit={handleSubmit((details) => {
          if (!shapeCheck.mayContinue(getValues('activationCode')))
            return setFocus('activationCode')
          onSubmit(details, getValues())
        }, onInvalid)}
      >
        <ActivationCodeField
          {...textField('activationCode')}
          onChange={code.onChange}
          codeShape={codeShape}
          showCheckNote={shapeCheck.warnedFor !== null}
          onCanonical={(canonical) =>
            setValue('activationCode', canonical, { shouldValidate: formState.isSubmitted })
          }
        />
        {asks('firstName') && <TextField {...textField('firstName')} />}
        {asks('lastName') && <TextField {...textField('lastName')} />}
        {asks('dateOfBirth') && (
          <DateOfBirthField
            register={(part) => register(`dateOfBirth.${part}`)}
            inputRef={(part, element) => keyboard.inputRef(`dateOfBirth.${part}`, element)}
            onActivate={(part) => keyboard.activate(`dateOfBirth.${part}`)}
            error={errorText(formState.errors.dateOfBirth?.message)}
            legend={t(forTeen ? 'teen.dateOfBirth.legend' : 'dateOfBirth.legend')}
          />
        )}
        {fitsBetter !== undefined && onChangeHolder !== undefined && (
          <Button variant="secondary" onClick={() => onChangeHolder(fitsBetter, getValues())}>
            {t(`otherPath.${fitsBetter}`)}
          </Button>
        )}
        {asks('email') && <TextField {...textField('email')} />}
        {asks('mayoClinicNumber') && <TextField {...textField('mayoClinicNumber')} />}
        {notAsked.length > 0 && (
          <OfficialFormChecklist
            headingId="form-official-form"
            forTeen={forTeen}
            items={[...notAsked, 'passcode']}
            also
          />
        )}
        <StepActions onBack={() => onBack(getValues())}>
          {/* The bar is outside the form in the page: the button names its form. */}
          <Button type="submit" form={formId}>
            {t('submit')}
          </Button>
        </StepActions>
      </form>
      {keyboard.target !== null && (
        <KeyboardDock>
          <OnScreenKeyboard
            key={keyboard.target}
            layout={keyboardLayoutFor[keyboard.target]}
            onText={(text) => keyboard.edit({ kind: 'insert', text })}
            onBackspace={() => keyboard.edit({ kind: 'backspace' })}
            onNext={keyboard.next}
            field={keyboard.view}
            codeShape={codeShape}
            onDone={keyboard.hide}
          />
        </KeyboardDock>
      )}
    </Screen>
  )
}
