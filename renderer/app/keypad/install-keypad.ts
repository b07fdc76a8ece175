import { keepInView } from '../../components/reveal-in-view'
import { LISTEN_EVENT } from '../../speech/listen-event'
import { keypadCommand, type KeypadCommand } from './key-map'
import {
  activeRegion,
  focusableIn,
  GRID_SELECTOR,
  isShown,
  isTextField,
  neighbour,
  placeOf,
} from './focus-order'
import { gridMove } from './keyboard-grid'

/**
 * Keypad and keyboard operation for the whole kiosk, from the DOM alone (no screen knows about
 * it): arrows move focus through the controls of the top-most active region and wrap, the
 * on-screen keyboard is a 2-D grid, and the Help, Back and Listen keys reach the controls
 * marked `data-keypad="help"`, `data-keypad="back"` (in a dialog: `data-keypad="keep"`, or the
 * dialog's own Escape) and the speech control. The key map is in `key-map.ts`.
 *
 * It listens on <body> in the capture phase: after the document's listeners (the activity
 * reporter, dialogs' focus traps, which handle Escape and Tab first) and before React's own
 * handlers, so a radio group's up/down can browse instead of choosing. Returns the uninstaller.
 */
export function installKeypad(document: Document): () => void {
  const body = document.body
  // The text field the on-screen keyboard types into: the last one that had focus. Held weakly:
  // this lives as long as the app, and a strong reference kept the last field a patient typed
  // in (removed with its form when they went on to the hand-off) alive after their session —
  // its value and React's value tracker, and through its parents the whole form, so the
  // release at the session's end (release-patient-screen.ts), which blanks only fields still on
  // screen, never reached them (a heap snapshot's retainers: tests/e2e/heap-erase.e2e.ts).
  let field: WeakRef<HTMLInputElement> | null = null

  const shownField = () => {
    const typingInto = field?.deref() ?? null
    return typingInto !== null && typingInto.isConnected && isShown(typingInto) ? typingInto : null
  }
  const grid = () => {
    const found = activeRegion(document).querySelector<HTMLElement>(GRID_SELECTOR)
    return found !== null && isShown(found) ? found : null
  }
  const keysOf = (keyboard: HTMLElement) =>
    focusableIn(keyboard).filter((element) => element.tagName === 'BUTTON')
  let lastKey = 0

  const focus = (element: HTMLElement | null | undefined) => {
    if (element === null || element === undefined) return
    // Not the browser's own scrolling, which would also scroll the page: the control is shown
    // whole inside the step's region, clear of the bars and the docked keyboard.
    element.focus({ preventScroll: true })
    keepInView(element)
  }
  const outsideGrid = (controls: HTMLElement[]) =>
    controls.filter((control) => control.closest(GRID_SELECTOR) === null)

  /** Leaves the keyboard at its top (back to the field) or bottom (on with the form). */
  const leaveGrid = (edge: 'top' | 'bottom', keys: HTMLElement[]) => {
    const controls = focusableIn(activeRegion(document))
    const typingInto = shownField()
    if (edge === 'top') return focus(typingInto ?? neighbour(controls, keys[0] ?? null, -1))
    if (typingInto !== null) return focus(neighbour(outsideGrid(controls), typingInto, 1))
    focus(neighbour(controls, keys.at(-1) ?? null, 1))
  }

  const run = (command: KeypadCommand, active: Element | null) => {
    const region = activeRegion(document)
    const inDialog = region !== body
    switch (command.kind) {
      case 'move': {
        const keyboard = grid()
        // From the field being typed into, down goes to its keyboard.
        if (command.step === 1 && keyboard !== null && isTextField(active)) {
          const keys = keysOf(keyboard)
          return focus(keys[Math.min(lastKey, keys.length - 1)])
        }
        return focus(neighbour(focusableIn(region), active, command.step))
      }
      case 'grid': {
        const keyboard = grid()
        if (keyboard === null) return
        const keys = keysOf(keyboard)
        const move = gridMove(
          keys.map((key) => key.getBoundingClientRect()),
          keys.indexOf(active as HTMLElement),
          command.direction,
        )
        if (move === null) return
        if (move.kind === 'leave') return leaveGrid(move.edge, keys)
        lastKey = move.index
        return focus(keys[move.index])
      }
      case 'leave-grid':
        return focus(shownField())
      case 'help':
        // A dialog is a question to answer first; Help is behind it.
        if (!inDialog) clickMarked(region, 'help')
        return
      case 'back':
        if (!inDialog) return clickMarked(region, 'back')
        // In a dialog Back means "keep going": its marked safe choice, else its own Escape.
        if (!clickMarked(region, 'keep')) {
          ;(active ?? region).dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
          )
        }
        return
      case 'escape':
        // Reached only when the dialog did not handle Escape itself (its trap prevents it).
        if (inDialog) clickMarked(region, 'keep')
        return
      case 'listen':
        ;(active ?? body).dispatchEvent(new CustomEvent(LISTEN_EVENT, { bubbles: true }))
        return
    }
  }

  // Keys or touch, for the CSS: a step's focused heading shows its ring only to key users.
  const root = document.documentElement
  const onPointerDown = () => {
    root.dataset['inputMode'] = 'touch'
  }

  const onKeyDown = (event: KeyboardEvent) => {
    root.dataset['inputMode'] = 'keys'
    if (event.defaultPrevented || event.isComposing) return
    const active = document.activeElement
    const command = keypadCommand(event, placeOf(active))
    if (command === null) return
    // Escape outside a dialog stays the page's (nothing of ours to close).
    if (command.kind === 'escape' && activeRegion(document) === body) return
    event.preventDefault()
    // Arrows handled here are not also a radio group's "choose the next answer".
    if (command.kind === 'move' || command.kind === 'grid') event.stopPropagation()
    run(command, active)
  }

  const onFocusIn = (event: FocusEvent) => {
    if (isTextField(event.target as Element | null))
      field = new WeakRef(event.target as HTMLInputElement)
  }

  // A key pressed with Enter or Space can remove itself ("More letters" swaps the keys, "Done"
  // hides the keyboard): focus would fall to <body>. Put it back where the patient was.
  const onClick = (event: MouseEvent) => {
    const key = event.target instanceof Element ? event.target.closest('button') : null
    const keyboard = key?.closest<HTMLElement>(GRID_SELECTOR)
    if (event.detail !== 0 || key === null || key === undefined || keyboard === null) return
    if (keyboard === undefined) return
    const index = keysOf(keyboard).indexOf(key)
    if (index >= 0) lastKey = index
    afterRender(() => {
      const active = document.activeElement
      if (active !== null && active !== body) return
      const now = grid()
      if (now !== null) {
        const keys = keysOf(now)
        return focus(keys[Math.min(lastKey, keys.length - 1)])
      }
      const typingInto = shownField()
      if (typingInto !== null) focus(neighbour(focusableIn(activeRegion(document)), typingInto, 1))
    })
  }

  body.addEventListener('keydown', onKeyDown, true)
  document.addEventListener('focusin', onFocusIn)
  document.addEventListener('click', onClick, true)
  document.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true })
  return () => {
    document.removeEventListener('pointerdown', onPointerDown, { capture: true })
    delete root.dataset['inputMode']
    body.removeEventListener('keydown', onKeyDown, true)
    document.removeEventListener('focusin', onFocusIn)
    document.removeEventListener('click', onClick, true)
  }
}

/** After React has re-rendered what the click changed. */
function afterRender(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(callback)
  else setTimeout(callback, 0)
}

/** Clicks the shown control marked `data-keypad="<name>"` in the region; false if none. */
function clickMarked(region: ParentNode, name: 'help' | 'back' | 'keep'): boolean {
  const control = [...region.querySelectorAll<HTMLElement>(`[data-keypad="${name}"]`)].find(
    (element) => isShown(element) && !(element as HTMLButtonElement).disabled,
  )
  control?.click()
  return control !== undefined
}
