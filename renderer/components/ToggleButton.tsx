import type { ButtonHTMLAttributes } from 'react'

export interface ToggleButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'onChange'
> {
  readonly pressed: boolean
  readonly onPressedChange: (pressed: boolean) => void
}

/** An on/off button announced as "pressed" or "not pressed" by screen readers. */
export function ToggleButton({
  pressed,
  onPressedChange,
  className,
  children,
  ...rest
}: ToggleButtonProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={['kiosk-button', 'kiosk-button--toggle', className ?? '']
        .filter(Boolean)
        .join(' ')}
      onClick={() => onPressedChange(!pressed)}
      {...rest}
    >
      <span aria-hidden="true" className="kiosk-toggle__mark">
        {pressed ? '✓' : ''}
      </span>
      {children}
    </button>
  )
}
