import type { SessionView } from '../../shared/ipc/session-channels'
import { isPatientPhase } from '../../shared/session/session-state'

/** True when a pushed view takes the patient's screens away (wiping, attract, out of order…). */
export const leavesPatientScreens = (next: SessionView): boolean => !isPatientPhase(next.phase)

/**
 * Empties the patient's fields and moves focus off them, just before React removes them.
 *
 * Why: the browser may keep a removed element alive for a while — Chromium's event handler
 * keeps the last tapped element (e.g. "I'm done") and with it its whole detached subtree, and
 * React DOM keeps the last focused text field until it sees a focusout, which Chromium never
 * fires for a removed element. A detached field still holds what was typed, in its value and in
 * React's value tracker (a getter/setter React defines on the element). So a session that ended
 * while the form was on screen left the patient's name, code and clinic number in the renderer's
 * memory until the next patient's taps. Assigning `value` goes through React's tracker too, so
 * both forget the text; the blur lets React drop its reference. No re-render is involved: the
 * fields are about to be removed anyway. tests/e2e/heap-erase.e2e.ts reads the JS heap to prove
 * it. Staff overlays sit outside <main> and are left alone.
 */
export function releasePatientScreen(doc: Document = document): void {
  const main = doc.querySelector('main')
  if (main === null) return
  for (const field of main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )) {
    if (
      field instanceof HTMLInputElement &&
      (field.type === 'checkbox' || field.type === 'radio')
    ) {
      field.checked = false
    } else {
      field.value = ''
    }
  }
  const focused = doc.activeElement
  if (focused instanceof HTMLElement && main.contains(focused)) focused.blur()
}
