/**
 * What "Listen" reads, taken from the DOM of the screen on show rather than from each step's
 * code, so every step (and any step added later) is read the same way: the step counter, the
 * heading, the question and its explanation, each choice with whether it is selected, each
 * field by its label, the buttons, any error, and last the control the patient is on.
 *
 * Privacy, deny by default: it never reads what the patient typed. Field values are never read
 * (a field is read by its label only); the on-screen keyboards and the code-progress display
 * (which echo typed characters) are skipped; and as a second net any piece of text containing
 * a value typed in one of the screen's fields is dropped. Reading back the code is a separate,
 * explicit request (ListenControl, spell-out).
 *
 * Chrome, deny by default too: what is the same on every step and is not the step's own words
 * is marked `data-speech="skip"` where it is rendered (the session strip: Help, Staff help,
 * Start over, I'm done) and is not read on every screen, so a listener hears the step counter,
 * the step's words and its own actions (Back, Continue) without five extra buttons each time.
 * A skipped control is still read when it is the one the patient is on ("You are on: I'm done,
 * button"), and a dialog it opens (the time-out warning, "Erase your session?") is read alone.
 * Mark only chrome this way: a step's question, choices, errors or actions must never be.
 */
export interface ScreenWords {
  /** 'English, selected' */
  readonly selected: (name: string) => string
  /** 'Español, not selected' */
  readonly notSelected: (name: string) => string
  /** 'Activation code, text box' */
  readonly textBox: (label: string) => string
  /** 'Continue, button' */
  readonly button: (name: string) => string
  /** 'You are on: Continue, button' */
  readonly focused: (control: string) => string
  /** 'Problem: Enter your code' */
  readonly error: (text: string) => string
}

/**
 * Never read as part of the screen: what shows what the patient typed, keys, nothing visible,
 * or chrome marked `data-speech="skip"` (see above; the focused control is read regardless).
 */
const SKIPPED = [
  'input',
  'textarea',
  'select',
  'script',
  'style',
  '[hidden]',
  '[aria-hidden="true"]',
  '[data-speech="skip"]',
  '.kiosk-keyboard-dock',
  '.kiosk-keyboard',
  '.kiosk-code-progress',
].join(', ')

const open = (element: Element) => element.closest('[hidden], [inert]') === null

/** The screen a patient sees now: an open dialog first, else the visible step or overlay. */
export function currentScreen(scope: ParentNode = document): Element | null {
  const dialogs = [...scope.querySelectorAll('[role="dialog"], [role="alertdialog"]')].filter(open)
  const screens = [...scope.querySelectorAll('.kiosk-screen')].filter(open)
  return dialogs.at(-1) ?? screens.at(-1) ?? null
}

/**
 * What Listen reads, in order. An open dialog alone (it is what the patient must answer).
 * Otherwise the top band's step counter and step name, then the patient's screen in <main>:
 * the welcome or the step with its action bar, a portal and sibling outside the step's own
 * section (the session strip beside it is `data-speech="skip"`). The rest of the band is not
 * read: the clinic name is the staff entry and "Text size" and Listen are tools, not the screen.
 */
export function screenParts(document_: Document = document): Element[] {
  const dialogs = [...document_.querySelectorAll('[role="dialog"], [role="alertdialog"]')].filter(
    open,
  )
  const dialog = dialogs.at(-1)
  if (dialog !== undefined) return [dialog]
  // A screen rendered without the shell (its own tests) is read on its own.
  const main = document_.querySelector('main') ?? currentScreen(document_)
  if (main === null) return []
  const band = [
    ...document_.querySelectorAll('header .kiosk-steps__counter, header .kiosk-steps__name'),
  ].filter(open)
  return [...band, main]
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

/** The text of an element without its skipped parts (e.g. a field inside a label). */
function textOf(element: Element): string {
  const parts: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '')
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const child = node as Element
    if (child !== element && child.matches(SKIPPED)) return
    for (const next of child.childNodes) walk(next)
  }
  walk(element)
  return clean(parts.join(' '))
}

const byIds = (element: Element, attribute: string, keep: (found: Element) => boolean) =>
  clean(
    (element.getAttribute(attribute) ?? '')
      .split(/\s+/)
      .filter((id) => id !== '')
      .map((id) => element.ownerDocument.getElementById(id))
      .filter((found): found is HTMLElement => found !== null && keep(found))
      .map(textOf)
      .join(' '),
  )

/** The accessible name, as far as the kiosk's own markup needs: labelledby, label, text. */
export function nameOf(element: Element): string {
  const labelledBy = byIds(element, 'aria-labelledby', () => true)
  if (labelledBy !== '') return labelledBy
  const label = clean(element.getAttribute('aria-label'))
  if (label !== '') return label
  if (isField(element)) {
    const labels = (element as HTMLInputElement).labels
    return clean([...(labels ?? [])].map(textOf).join(' '))
  }
  return textOf(element)
}

const isField = (element: Element) => element.matches('input, textarea, select')

function describeControl(element: Element, words: ScreenWords): string {
  const name = nameOf(element)
  if (name === '') return ''
  // The hint or a choice's second line; an error is read on its own, where it stands.
  const description = byIds(
    element,
    'aria-describedby',
    (found) => !found.matches('[role="alert"]'),
  )
  const withDescription = (text: string) => (description === '' ? text : `${text}. ${description}`)
  if (isField(element)) return withDescription(words.textBox(name))
  const checked = element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed')
  if (checked === 'true') return withDescription(words.selected(name))
  if (checked === 'false') return withDescription(words.notSelected(name))
  return withDescription(words.button(name))
}

/** One piece of text per thing on the screen (or its parts, in order), in reading order. */
export function readScreen(
  screen: Element | readonly Element[],
  focused: Element | null,
  words: ScreenWords,
): string[] {
  const roots: readonly Element[] = screen instanceof Element ? [screen] : screen
  const pieces: string[] = []
  const add = (text: string) => {
    if (text !== '' && !pieces.includes(text)) pieces.push(text)
  }
  // A field's hint is read with the field (aria-describedby), not a second time on its own.
  const descriptions = new Set(
    roots
      .flatMap((root) => [...root.querySelectorAll('[aria-describedby]')])
      .flatMap((described) => (described.getAttribute('aria-describedby') ?? '').split(/\s+/)),
  )
  const visit = (element: Element) => {
    if (!roots.includes(element) && element.matches(SKIPPED)) return
    if (descriptions.has(element.id) && !element.matches('[role="alert"]')) return
    if (element.matches('[role="alert"]')) {
      add(words.error(textOf(element)))
      return
    }
    if (element.matches('button, [role="radio"], [role="checkbox"], a[href]')) {
      add(describeControl(element, words))
      return
    }
    if (element.matches('label')) {
      const field = element.getAttribute('for')
      const target = field === null ? null : element.ownerDocument.getElementById(field)
      add(target !== null && isField(target) ? describeControl(target, words) : textOf(element))
      return
    }
    // A text block without controls is read whole; one with controls is read part by part.
    // A part that is only text (the band's step counter) is one piece too.
    if (
      (roots.includes(element) || element.matches('h1, h2, h3, h4, legend, p, li, dt, dd')) &&
      element.querySelector('button, [role="radio"], [role="checkbox"], a[href], label') === null
    ) {
      add(textOf(element))
      return
    }
    for (const child of element.children) visit(child)
  }
  for (const root of roots) visit(root)
  if (
    focused !== null &&
    !roots.includes(focused) &&
    roots.some((root) => root.contains(focused)) &&
    !focused.matches('h1')
  ) {
    const control = describeControl(focused, words)
    if (control !== '') pieces.push(words.focused(control))
  }
  return withoutTypedValues(pieces, roots)
}

/**
 * The second net: drop any piece that contains something typed in one of the screen's fields
 * (three characters or more, so a '2' typed as a month does not silence 'Step 2 of 7').
 */
function withoutTypedValues(pieces: string[], roots: readonly Element[]): string[] {
  const typed = roots
    .flatMap((root) => [
      ...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
    ])
    .map((field) => clean(field.value).toLowerCase())
    .filter((value) => value.length >= 3)
  if (typed.length === 0) return pieces
  return pieces.filter((piece) => !typed.some((value) => piece.toLowerCase().includes(value)))
}
