import { useLayoutEffect, type RefObject } from 'react'

/**
 * In the kiosk shell the hand-off sits in `.kiosk-content`, a flex column that gives it all the
 * height the shell's slim bars leave (HandoffScreen.css). Anywhere else (an older shell, a test
 * page) nothing stretches it: there this sets `--kiosk-handoff-top`, the root's distance from
 * the top of the document, and the stylesheet sizes the root to the bottom of the viewport from
 * there. Re-measured when the window or the text size changes (what moves the root down).
 */
export function useFillViewportOutsideShell(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = root.current
    if (element === null || element.closest('.kiosk-content') !== null) return
    const place = () => {
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY)
      element.style.setProperty('--kiosk-handoff-top', `${Math.max(0, top)}px`)
    }
    place()
    window.addEventListener('resize', place)
    const textSize = new MutationObserver(place)
    textSize.observe(document.documentElement, { attributeFilter: ['data-text-size'] })
    return () => {
      window.removeEventListener('resize', place)
      textSize.disconnect()
    }
  }, [root])
}
