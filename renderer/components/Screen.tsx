import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface ScreenProps {
  readonly title: string
  readonly children: ReactNode
  /** Shown under the title, e.g. the step counter. */
  readonly eyebrow?: ReactNode
}

/**
 * One full screen of the kiosk with its heading. Focus moves to the heading when the screen
 * appears, so keyboard and screen-reader users start at the top of each new step. The heading id
 * is unique per screen: a step stays mounted (hidden) while Help is shown over it.
 */
export function Screen({ title, eyebrow, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  useEffect(() => {
    heading.current?.focus()
  }, [title])
  return (
    <section className="kiosk-screen" aria-labelledby={headingId}>
      {eyebrow !== undefined && <p className="kiosk-screen__eyebrow">{eyebrow}</p>}
      <h1 id={headingId} ref={heading} tabIndex={-1} className="kiosk-screen__title">
        {title}
      </h1>
      {children}
    </section>
  )
}
