import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'

import {
  exampleCode,
  normalizeActivationCode,
  type ActivationCodeShape,
} from '../../../shared/activation/activation-code'
import { TextField, type TextFieldProps } from '../../components/TextField'

export interface ActivationCodeFieldProps extends Omit<TextFieldProps, 'hint'> {
  readonly ref?: Ref<HTMLInputElement>
  readonly codeShape: ActivationCodeShape
  /** Show the "please check it" note under the field (useCodeShapeCheck has warned). */
  readonly showCheckNote: boolean
  /**
   * Called on blur with the canonical form of a complete code of the usual shape that was typed
   * otherwise. The form sets it as the field's value: each form's setValue is typed to its own
   * values, so the form does that, not this field.
   */
  readonly onCanonical: (canonical: string) => void
}

/**
 * The activation-code field and its "please check it" note, as both step-4 forms show them (the
 * code-only step and the full details form): one place for what the code field does beyond a
 * plain text field, so the two steps cannot drift apart. The form still wires the field to its
 * react-hook-form state and to the on-screen keyboard (label, ref, error, focus), as for its
 * other fields. Renders the same elements the forms wrote out before, in the same order.
 */
export function ActivationCodeField({
  codeShape,
  showCheckNote,
  onCanonical,
  onBlur,
  ...field
}: ActivationCodeFieldProps) {
  const { t } = useTranslation('activation')
  // The hint and the note describe the portal's usual shape, with an example code.
  const shape = {
    groups: codeShape.groups,
    length: codeShape.groupLength,
    example: exampleCode(codeShape),
  }
  return (
    <>
      <TextField
        {...field}
        // "Read back my code" (the Listen control) reads this field, and only on request.
        data-speech-readback="code"
        hint={t('activationCode.hint', shape)}
        onBlur={(event) => {
          onBlur?.(event)
          // Show the canonical form once a code of the usual shape is complete
          // (ABCDE-12345-FGHIJ for the default shape).
          const canonical = normalizeActivationCode(event.target.value, codeShape)
          if (canonical !== null && canonical !== event.target.value) onCanonical(canonical)
        }}
      />
      {showCheckNote && (
        <p role="status" className="kiosk-notice">
          {t('activationCode.checkIt', shape)}
        </p>
      )}
    </>
  )
}
