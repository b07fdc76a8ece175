import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

/**
 * The shell (App) lends three things to the screens inside it: places in the top band for the
 * step indicator (which only the patient flow knows) and for the Listen control, and a switch to the compact layout the
 * hand-off uses so the official page gets the height.
 */
export interface ShellSlots {
  /** Undefined outside the shell (a flow rendered alone): the indicator stays where it is. */
  readonly progress: HTMLElement | null | undefined
  /** The top band's place for the Listen control, beside the screen settings (same rule). */
  readonly tools?: HTMLElement | null | undefined
  readonly setCompact: (compact: boolean) => void
}

export const ShellSlotsContext = createContext<ShellSlots>({
  progress: undefined,
  setCompact: () => undefined,
})

/** Renders its children into the top band's step-indicator place (nothing before it exists). */
export function InTopBand({ children }: { readonly children: ReactNode }) {
  const { progress } = useContext(ShellSlotsContext)
  if (progress === undefined) return <>{children}</>
  return progress === null ? null : createPortal(children, progress)
}

/**
 * Renders its children into the top band beside "Text size" (the Listen control): a tool, not
 * part of the step, so it takes no height from the question or the official page.
 */
export function InBandTools({ children }: { readonly children: ReactNode }) {
  const { tools } = useContext(ShellSlotsContext)
  if (tools === undefined) return <>{children}</>
  return tools === null ? null : createPortal(children, tools)
}

/** While mounted with `compact`, the shell is compact (`data-layout="compact"`). */
export function useCompactShell(compact: boolean): void {
  const { setCompact } = useContext(ShellSlotsContext)
  // Before paint: the portal bounds are measured from the compact layout, not a frame of the other.
  useLayoutEffect(() => {
    setCompact(compact)
    return () => setCompact(false)
  }, [compact, setCompact])
}
