import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Choice<V extends string> {
  readonly value: V
  readonly label: ReactNode
  /** A second line under the label, e.g. where this portal is used. */
  readonly description?: ReactNode
  /** A picture for the answer (a lucide icon, decorative: the label names the answer). */
  readonly icon?: ReactNode
}

export interface ChoiceGroupProps<V extends string> {
  readonly legend: string
  readonly choices: readonly Choice<V>[]
  readonly value: V | null
  readonly onChange: (value: V) => void
}

/**
 * One answer out of a few, as big cards (icon, title, one line; the chosen card filled, not
 * only outlined), side by side where the screen is wide: an ARIA radio group of buttons (native
 * radio inputs are too small for a kiosk). Arrow keys move between answers, as with native radios.
 */
export function ChoiceGroup<V extends string>({
  legend,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<V>) {
  const legendId = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const focusable = value === null ? choices[0]?.value : value

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const next = (index + step + choices.length) % choices.length
    const choice = choices[next]
    if (choice === undefined) return
    onChange(choice.value)
    buttons.current[next]?.focus()
  }

  return (
    <div role="radiogroup" aria-labelledby={legendId} className="kiosk-choices">
      <h2 id={legendId} className="kiosk-subtitle">
        {legend}
      </h2>
      <div className={`kiosk-choices__cards kiosk-choices__cards--${choices.length}`}>
        {choices.map((choice, index) => {
          const checked = choice.value === value
          const labelId = `${legendId}-${index}-label`
          const descriptionId = `${legendId}-${index}-description`
          return (
            <button
              key={choice.value}
              ref={(element) => {
                buttons.current[index] = element
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              // The label names the answer; the description is read after it, not as its name.
              aria-labelledby={labelId}
              aria-describedby={choice.description === undefined ? undefined : descriptionId}
              tabIndex={choice.value === focusable ? 0 : -1}
              className="kiosk-choice"
              onClick={() => onChange(choice.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {choice.icon !== undefined && (
                <span aria-hidden="true" className="kiosk-choice__icon">
                  {choice.icon}
                </span>
              )}
              <span className="kiosk-choice__text">
                <span id={labelId} className="kiosk-choice__label">
                  {choice.label}
                </span>
                {choice.description !== undefined && (
                  <span id={descriptionId} className="kiosk-choice__description">
                    {choice.description}
                  </span>
                )}
              </span>
              <span aria-hidden="true" className="kiosk-choice__mark" />
            </button>
          )
        })}
      </div>
    </div>
  )
}
