import { createContext, useContext, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

/**
 * Where a step's actions go: the shell's fixed bottom bar (PatientFlow provides it), so Back and
 * the way forward sit in the same place on every step however long the step is. Without a bar
 * (a screen rendered alone, or a step hidden under Help) the actions stay where they are written.
 */
export const ActionBarContext = createContext<HTMLElement | null>(null)

export function InActionBar({ children }: { readonly children: ReactNode }) {
  const bar = useContext(ActionBarContext)
  return bar === null ? <>{children}</> : createPortal(children, bar)
}
