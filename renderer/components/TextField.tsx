import { forwardRef, useId, type InputHTMLAttributes } from 'react'

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-invalid' | 'aria-describedby'
> {
  readonly label: string
  readonly hint?: string
  /** The translated error, shown under the field and announced (role="alert"). */
  readonly error?: string
}

/**
 * A labelled text input at kiosk scale. The hint and the error are tied to the input with
 * aria-describedby; autocomplete and spellcheck are off because this is a shared device: the
 * browser must not remember or send anything a patient types.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, className, ...input },
  ref,
) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={['kiosk-field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="kiosk-field__label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="kiosk-field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={ref}
        type="text"
        autoComplete="off"
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        className="kiosk-field__input"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        {...input}
      />
      {error !== undefined && (
        <p id={errorId} role="alert" className="kiosk-field__error">
          {error}
        </p>
      )}
    </div>
  )
})
