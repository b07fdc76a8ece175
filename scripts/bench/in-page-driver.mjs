// A tiny driver that runs INSIDE the page (installed with page.addInitScript), so the bench and
// the privacy soak can walk thousands of sessions without a Playwright round trip per tap.
// It only uses what a patient's touch would: it finds buttons and fields by their accessible
// names and dispatches the same events a tap or typing would.

/** Installed into the page as window.__driver. Must be self-contained (it is serialised). */
export function installInPageDriver() {
  /** Visible text as a screen reader reads it: aria-hidden parts left out. */
  const rawText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
    if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true')
      return ''
    return [...node.childNodes].map(rawText).join('')
  }
  const textOf = (element) => rawText(element).replace(/\s+/g, ' ').trim()
  /** The accessible name, as far as this app uses it: aria-labelledby, aria-label, text. */
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby')
    if (labelledBy) {
      return labelledBy
        .split(' ')
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map(textOf)
        .join(' ')
    }
    return element.getAttribute('aria-label') ?? textOf(element)
  }
  const matches = (name, wanted) =>
    typeof wanted === 'string' ? name === wanted : wanted.test(name)
  const visible = (element) => !element.closest('[hidden]') && !element.closest('[inert]')

  function buttons(root = document) {
    return [...root.querySelectorAll('button, [role="button"]')].filter(
      (element) => !element.disabled && visible(element),
    )
  }

  function findButton(wanted, root = document) {
    return buttons(root).find((element) => matches(nameOf(element), wanted)) ?? null
  }

  /** A radio option inside the radio group whose name matches `group`. */
  function findOption(group, option) {
    const groups = [...document.querySelectorAll('[role="radiogroup"]')].filter(visible)
    const root = groups.find((element) => matches(nameOf(element), group))
    return root ? findButton(option, root) : null
  }

  /**
   * Taps a button, then lets React commit: an update from a dispatched event is flushed in a
   * microtask, so the next tap must not run in the same task (a real finger never does).
   */
  async function tap(target) {
    const element = target instanceof Element ? target : findButton(target)
    if (element === null) throw new Error(`no button named ${String(target)}`)
    const init = { bubbles: true, cancelable: true, pointerType: 'touch', isPrimary: true }
    element.dispatchEvent(new PointerEvent('pointerdown', init))
    element.dispatchEvent(new PointerEvent('pointerup', init))
    element.click()
    await Promise.resolve()
    return element
  }

  /** The input whose <label> text (or aria-label) matches. */
  function findField(wanted) {
    for (const label of document.querySelectorAll('label')) {
      if (!visible(label) || !matches(textOf(label), wanted)) continue
      const field = label.control ?? (label.htmlFor ? document.getElementById(label.htmlFor) : null)
      if (field) return field
    }
    return (
      [...document.querySelectorAll('input, textarea')].find((input) =>
        matches(input.getAttribute('aria-label') ?? '', wanted),
      ) ?? null
    )
  }

  /** Sets a field's value the way typing does (React listens to the native input event). */
  async function fill(wanted, value) {
    const field = findField(wanted)
    if (field === null) throw new Error(`no field labelled ${String(wanted)}`)
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set
    field.focus()
    setter?.call(field, value)
    field.dispatchEvent(new Event('input', { bubbles: true }))
    await Promise.resolve()
    return field
  }

  // A macrotask yield without setTimeout's 4 ms clamp: lets React and promises settle.
  const channel = new MessageChannel()
  const waiting = []
  channel.port1.onmessage = () => waiting.shift()?.()
  const yieldTask = () =>
    new Promise((resolve) => {
      waiting.push(resolve)
      channel.port2.postMessage(null)
    })

  /** Resolves with `predicate()` once truthy, rejects after `timeoutMs`. */
  async function waitFor(predicate, timeoutMs = 5000, what = 'condition') {
    const deadline = performance.now() + timeoutMs
    for (;;) {
      const value = predicate()
      if (value) return value
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await yieldTask()
    }
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)))

  /** The moment a frame with the current DOM has been produced (after layout and paint). */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    )

  window.__driver = {
    findButton,
    findOption,
    tap,
    findField,
    fill,
    waitFor,
    yieldTask,
    nextFrame,
    afterPaint,
    textOf,
    nameOf,
  }
}
