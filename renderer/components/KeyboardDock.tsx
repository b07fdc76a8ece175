import type { ReactNode } from 'react'

export interface KeyboardDockProps {
  readonly children: ReactNode
  /**
   * `fixed` (our own forms): the keyboard is fixed at the bottom of the screen, and the step's
   * bars are lifted above it by its height (PatientFlow, use-dock-height.ts), so the content
   * region ends where the keyboard starts and every field scrolls above it.
   * `inline` (the hand-off): the keyboard is part of the screen's layout, so the official page's
   * box shrinks by exactly the keyboard's size and main moves the page out of its way; in a
   * landscape window it docks beside the page instead (KeyboardDock.css).
   */
  readonly placement?: 'fixed' | 'inline'
}

/**
 * No spacer of the keyboard's height under the page (there was one before the bars were lifted
 * above the keyboard): it only added blank scrolling at the end of the step, and with it the
 * "More below" cue promised more where nothing was, over the field being typed in.
 */
export function KeyboardDock({ children, placement = 'fixed' }: KeyboardDockProps) {
  return <div className={`kiosk-keyboard-dock kiosk-keyboard-dock--${placement}`}>{children}</div>
}
