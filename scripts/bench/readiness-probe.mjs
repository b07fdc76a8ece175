// When the page under test became usable, recorded inside the page (installed with
// context.addInitScript, so it must be self-contained). For the kiosk:
// - `__readyAt`: the first animation frame with the attract screen's Start button in the
//   document. Chromium runs no frame while a render-blocking stylesheet is loading, so this is
//   the frame that draws the screen — whether the button came from the prerendered HTML or
//   from React;
// - `__interactiveAt`: the button is React's (the prerendered screen is hydrated: #root no
//   longer carries `data-prerendered`), so a tap does something.
// For the bench's blank page both are its load event.

/** Installed into the page. Must be self-contained (it is serialised). */
export function readinessProbe() {
  const start = () =>
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Touch to begin')
  let framed = false
  const mark = () => {
    const button = start()
    if (button === undefined) return
    if (!framed) {
      framed = true
      requestAnimationFrame(() => {
        window.__readyAt = performance.now()
      })
    }
    if (window.__interactiveAt === undefined && button.closest('[data-prerendered]') === null) {
      window.__interactiveAt = performance.now()
    }
  }
  new MutationObserver(mark).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  })
  addEventListener('load', () => {
    if (document.body?.dataset.bench === 'blank') {
      window.__readyAt = performance.now()
      window.__interactiveAt = window.__readyAt
    }
  })
}
