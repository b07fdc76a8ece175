import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChevronsDown } from 'lucide-react'

/**
 * Watches a scrolling region: is there more below what is shown, and does it scroll at all?
 * An observer on an empty marker at the end of the content answers both without a scroll
 * listener: the marker out of view means more below.
 */
export function useScrollCue() {
  const scroller = useRef<HTMLDivElement>(null)
  const end = useRef<HTMLDivElement>(null)
  const [moreBelow, setMoreBelow] = useState(false)
  const [overflowing, setOverflowing] = useState(false)
  useEffect(() => {
    const root = scroller.current
    const marker = end.current
    if (root === null || marker === null || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry === undefined) return
        setMoreBelow(!entry.isIntersecting)
        setOverflowing(root.scrollHeight > root.clientHeight + 1)
      },
      { root },
    )
    observer.observe(marker)
    // The content can grow or shrink without scrolling (an answer reveals a note, large text).
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => setOverflowing(root.scrollHeight > root.clientHeight + 1))
    resize?.observe(root)
    if (root.firstElementChild !== null) resize?.observe(root.firstElementChild)
    return () => {
      observer.disconnect()
      resize?.disconnect()
    }
  }, [])
  const scrollDown = useCallback(() => {
    const root = scroller.current
    root?.scrollBy({ top: root.clientHeight * 0.8, behavior: 'smooth' })
  }, [])
  return { scroller, end, moreBelow, overflowing, scrollDown }
}

/** A fade over the bottom edge and a "More below" tab; gone once the end is in view. */
export function ScrollCue({
  visible,
  onTap,
}: {
  readonly visible: boolean
  readonly onTap: () => void
}) {
  const { t } = useTranslation('ui')
  if (!visible) return null
  return (
    <div className="kiosk-scroll-cue">
      {/* Touch scrolls the region directly; the tab also scrolls it for those who tap. Hidden
          from assistive technology, which reads the region in order anyway. */}
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        className="kiosk-scroll-cue__more"
        onClick={onTap}
      >
        <ChevronsDown aria-hidden="true" className="kiosk-icon" />
        {t('moreBelow')}
      </button>
    </div>
  )
}
