import { useEffect, useRef, useState, type ReactNode } from 'react'

export interface KeyboardDockProps {
  readonly children: ReactNode
  /**
   * `fixed` (our own forms): the keyboard floats at the bottom of the screen, with the same
   * height of empty space under the page so every field can still be scrolled above it.
   * `inline` (the hand-off): the keyboard is part of the screen's layout, so the official page's
   * box shrinks by exactly the keyboard's size and main moves the page out of its way; in a
   * landscape window it docks beside the page instead (KeyboardDock.css).
   */
  readonly placement?: 'fixed' | 'inline'
}

export function KeyboardDock({ children, placement = 'fixed' }: KeyboardDockProps) {
  if (placement === 'inline') {
    return <div className="kiosk-keyboard-dock kiosk-keyboard-dock--inline">{children}</div>
  }
  return <FixedKeyboardDock>{children}</FixedKeyboardDock>
}

/** Keeps the keyboard at the bottom of the screen, with a spacer of its height under the page. */
function FixedKeyboardDock({ children }: { readonly children: ReactNode }) {
  const dock = useRef<HTMLDivElement>(null)
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const element = dock.current
    if (element === null) return
    const measure = () => setHeight(element.getBoundingClientRect().height)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <>
      <div aria-hidden="true" style={{ height }} />
      <div ref={dock} className="kiosk-keyboard-dock kiosk-keyboard-dock--fixed">
        {children}
      </div>
    </>
  )
}
