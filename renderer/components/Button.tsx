import type { ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: ButtonVariant
  /** Full-width choice buttons used for answers ("Mayo Clinic", "Not sure"...). */
  readonly block?: boolean
}

/** The kiosk's button: at least 48 px tall and wide (WCAG 2.5.8 at kiosk scale). */
export function Button({
  variant = 'primary',
  block = false,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = [
    'kiosk-button',
    `kiosk-button--${variant}`,
    block ? 'kiosk-button--block' : '',
    className ?? '',
  ]
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />
}
