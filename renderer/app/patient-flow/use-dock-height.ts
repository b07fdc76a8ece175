import { useEffect, useState } from 'react'

/**
 * The height of the on-screen keyboard while it is docked (components/KeyboardDock, fixed at the
 * bottom of the screen), else 0. The shell lifts its bottom bars by this much, so the step's
 * action bar stays visible and tappable right above the keyboard instead of under it.
 */
export function useDockHeight(): number {
  const [height, setHeight] = useState(0)
  useEffect(() => {
    let watched: Element | null = null
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => setHeight(watched?.getBoundingClientRect().height ?? 0))
    const find = () => {
      const dock = document.querySelector('.kiosk-keyboard-dock')
      if (dock === watched) return
      if (watched !== null) resize?.unobserve(watched)
      watched = dock
      if (dock !== null) resize?.observe(dock)
      setHeight(dock?.getBoundingClientRect().height ?? 0)
    }
    find()
    // The dock comes and goes with the keyboard, anywhere in the step's tree.
    const mutations = new MutationObserver(find)
    mutations.observe(document.body, { childList: true, subtree: true })
    return () => {
      mutations.disconnect()
      resize?.disconnect()
    }
  }, [])
  return height
}
