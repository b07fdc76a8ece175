import { useEffect, useId, useRef, type ReactNode } from 'react'

import { ScrollCue, useScrollCue } from './scroll-cue'

export interface ScreenProps {
  readonly title: string
  readonly children: ReactNode
  /** Shown above the title, e.g. a counter for a screen outside the step indicator. */
  readonly eyebrow?: ReactNode
}

/**
 * One full screen of the kiosk with its heading, as the shell's content region
 * (`kiosk-content`): it takes the height between the top band and the bottom bars, and long
 * content (or large text) scrolls inside it, with a cue while more is below, so the page itself
 * never scrolls. Focus moves to the heading when the screen appears, so keyboard and
 * screen-reader users start at the top of each new step. The heading id is unique per screen: a
 * step stays mounted (hidden) while Help is shown over it.
 */
export function Screen({ title, eyebrow, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  const { scroller, end, moreBelow, overflowing, scrollDown } = useScrollCue()
  useEffect(() => {
    heading.current?.focus()
  }, [title])
  return (
    <section className="kiosk-screen kiosk-content" aria-labelledby={headingId}>
      <div
        ref={scroller}
        className="kiosk-content__scroll"
        // A region that scrolls must be reachable by keys even with nothing focusable in it (WCAG
        // 2.1.1, axe scrollable-region-focusable); the section around it already names it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={overflowing ? 0 : undefined}
      >
        <div className="kiosk-content__body">
          {eyebrow !== undefined && <p className="kiosk-screen__eyebrow">{eyebrow}</p>}
          <h1 id={headingId} ref={heading} tabIndex={-1} className="kiosk-screen__title">
            {title}
          </h1>
          {children}
        </div>
        <div ref={end} className="kiosk-content__end" />
      </div>
      <ScrollCue visible={moreBelow} onTap={scrollDown} />
    </section>
  )
}
