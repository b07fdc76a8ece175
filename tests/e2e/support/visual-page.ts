import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

import { kioskViewports } from './kiosk-browser'

/**
 * Everything that makes a screenshot of the preview the same on every run, in one place.
 */

/** The two kiosk screens of issue 13. */
export const orientations = [
  { name: 'portrait', viewport: kioskViewports.portrait },
  { name: 'landscape', viewport: kioskViewports.landscape },
] as const

/**
 * Query parameter read only by this harness's init script (the app ignores unknown ones): the
 * page's bridge answers `getSessionState` with an error, as a main process that cannot say
 * what to show would, so the app boots into the out-of-order screen. The preview has no other
 * way there short of a wipe that fails.
 */
export const SESSION_FAULT = 'visualFault=session'

/**
 * A context per screen size, reused for every walk of that size. Fixed locale, time zone,
 * colour scheme and scale; `reducedMotion` as a kiosk user who asked for it would get, plus a
 * stylesheet that stops every animation, transition and the text caret outright.
 */
export async function openVisualContext(
  browser: Browser,
  viewport: { readonly width: number; readonly height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  await context.addInitScript(stillPage, SESSION_FAULT)
  return context
}

/**
 * A page per walk (cheap, in the shared context): a walk that timed out and goes on in the
 * background fails on its closed page instead of tapping through the next walk's screens.
 */
export async function openVisualPage(
  context: BrowserContext,
): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await context.newPage()
  page.setDefaultTimeout(5_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  return { page, pageErrors }
}

/**
 * Runs in the page before the app. Chromium paints a grey tap highlight over a tapped element
 * and fades it out on its own clock (CSS `animation: none` does not stop it): it showed on the
 * last tapped button in some runs and not in others, so it is made transparent. The
 * stylesheet is a constructed one (adoptedStyleSheets),
 * which the preview's CSP (`style-src 'self'`, no inline styles) does not govern, so it adds no
 * CSP error and loosens nothing for the app itself.
 */
function stillPage(sessionFault: string): void {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(
    `*, *::before, *::after {
      animation: none !important;
      transition: none !important;
      caret-color: transparent !important;
      scroll-behavior: auto !important;
      -webkit-tap-highlight-color: transparent !important;
    }`,
  )
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]

  if (!location.search.includes(sessionFault)) return
  // The preview installs its bridge with Object.defineProperty(window, 'kiosk', …): hand it a
  // copy whose getSessionState fails (an IPC error value, as the contract answers).
  const define = Object.defineProperty
  Object.defineProperty = function <T>(
    target: T,
    key: PropertyKey,
    descriptor: PropertyDescriptor & ThisType<unknown>,
  ): T {
    if (target === (window as unknown) && key === 'kiosk' && descriptor.value !== undefined) {
      const faulty = Object.freeze({
        ...(descriptor.value as object),
        getSessionState: () =>
          Promise.resolve({ ok: false, error: { code: 'internal-error' } } as const),
      })
      return define(target, key, { ...descriptor, value: faulty })
    }
    return define(target, key, descriptor)
  }
}

/**
 * Waits until the page is drawn as it will stay: no element `:active`, fonts loaded, then two
 * frames painted. Chromium keeps a tapped element `:active` for a minimum time after the tap
 * (so a quick tap still flashes): a pressed look in the CSS would otherwise be caught or not
 * depending on timing.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(':active') === null)
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

/**
 * A full-page screenshot (anything below the fold is compared too). `masks` cover boxes whose
 * content depends on the clock (the countdowns): the box is painted one flat colour, so its
 * position and size are still compared but the number in it is not.
 */
export async function capture(page: Page, masks: readonly Locator[] = []): Promise<Buffer> {
  await settle(page)
  return page.screenshot({
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
    mask: [...masks],
    maskColor: '#ff00ff',
  })
}
