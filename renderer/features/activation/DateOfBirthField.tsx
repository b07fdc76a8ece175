import { useId } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

export type DatePart = 'month' | 'day' | 'year'

export interface DateOfBirthFieldProps {
  readonly register: (part: DatePart) => UseFormRegisterReturn
  /** Called with the input when one of the parts is focused or tapped (shows the keyboard). */
  readonly onActivate: (part: DatePart) => void
  readonly inputRef: (part: DatePart, element: HTMLInputElement | null) => void
  readonly error?: string
  /** The legend, when it names whose date it is ("Their date of birth"). */
  readonly legend?: string
}

const isPart = (value: string): value is DatePart => ['month', 'day', 'year'].includes(value)

/**
 * Date of birth as three small labelled fields (month, day, year): unambiguous in every language,
 * easy with a digit keypad, and no date picker to fight with. The order follows the language
 * (Spanish writes the day first); the error covers the whole date.
 */
export function DateOfBirthField({
  register,
  onActivate,
  inputRef,
  error,
  legend,
}: DateOfBirthFieldProps) {
  const { t } = useTranslation('activation')
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const order = t('dateOfBirth.order').split(' ').filter(isPart)
  const parts: DatePart[] = order.length === 3 ? order : ['month', 'day', 'year']
  return (
    <fieldset className="kiosk-field kiosk-date" aria-describedby={hintId}>
      <legend className="kiosk-field__label">{legend ?? t('dateOfBirth.legend')}</legend>
      <p id={hintId} className="kiosk-field__hint">
        {t('dateOfBirth.hint')}
      </p>
      <div className="kiosk-date__parts">
        {parts.map((part) => {
          const { ref, ...field } = register(part)
          return (
            <div key={part} className={`kiosk-date__part kiosk-date__part--${part}`}>
              <label htmlFor={`${id}-${part}`} className="kiosk-field__label">
                {t(`dateOfBirth.${part}`)}
              </label>
              <input
                {...field}
                ref={(element) => {
                  ref(element)
                  inputRef(part, element)
                }}
                id={`${id}-${part}`}
                type="text"
                inputMode="none"
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                autoCorrect="off"
                className="kiosk-field__input"
                aria-invalid={error !== undefined}
                aria-describedby={error === undefined ? hintId : `${hintId} ${errorId}`}
                onFocus={() => onActivate(part)}
                onClick={() => onActivate(part)}
              />
            </div>
          )
        })}
      </div>
      {error !== undefined && (
        <p id={errorId} role="alert" className="kiosk-field__error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
