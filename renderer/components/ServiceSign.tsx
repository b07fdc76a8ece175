import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface ServiceSignProps {
  /** A large icon (lucide), decorative: the words say everything. */
  readonly icon: ReactNode
  readonly title: string
  readonly body: string
  readonly children?: ReactNode
}

/**
 * A calm, centred sign for screens where a patient has nothing to do but wait or go to the
 * front desk (out of order, not set up, erasing, one moment): a big icon, a short title and one
 * plain sentence, no technical words. Focus moves to the title, as on every screen.
 */
export function ServiceSign({ icon, title, body, children }: ServiceSignProps) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [title])
  return (
    <section className="service-sign" aria-labelledby={headingId}>
      <span className="service-sign__icon" aria-hidden="true">
        {icon}
      </span>
      <h1 id={headingId} ref={heading} tabIndex={-1} className="service-sign__title">
        {title}
      </h1>
      {/* A status: these screens replace another without a tap (a wipe, a failure). */}
      <p className="service-sign__body" role="status">
        {body}
      </p>
      {children}
    </section>
  )
}
