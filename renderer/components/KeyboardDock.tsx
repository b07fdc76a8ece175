import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Keeps the on-screen keyboard at the bottom of the screen, and adds the same height of empty
 * space under the page so every field and button can still be scrolled above the keyboard.
 */
export function KeyboardDock({ children }: { readonly children: ReactNode }) {
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
      <div ref={dock} className="kiosk-keyboard-dock">
        {children}
      </div>
    </>
  )
}
