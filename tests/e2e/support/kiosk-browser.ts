import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchDebianChromium } from '../../../scripts/debian-chromium.mjs'

export interface KioskBrowser {
  readonly browser: Browser
  readonly context: BrowserContext
  readonly page: Page
  /** Problems the page reported: uncaught errors and console errors (e.g. CSP violations). */
  readonly pageErrors: string[]
  close(): Promise<void>
}

/** The two screens a kiosk has (issue 13): the layout is made for both. */
export const kioskViewports = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const

export interface KioskPageOptions {
  /**
   * Playwright's wait for anything. Waits are assertions here ("this appears"): fail fast
   * instead of Playwright's 30 s default; files whose walks are long give more, since the
   * machine is shared (2 cores).
   */
  readonly timeout?: number
  /**
   * A touch screen, as the kiosk has. Off only for keys-only walks (the keypad), which must not
   * depend on anything a touch screen turns on.
   */
  readonly touch?: boolean
  /**
   * Also count console errors (e.g. CSP violations), not only uncaught page errors. Off in
   * files that have only ever counted page errors.
   */
  readonly consoleErrors?: boolean
  /**
   * Playwright's fake clock, installed before the page loads (so every timer of the app is on
   * it): countdowns move with `page.clock`, nothing waits for real seconds.
   */
  readonly fakeClock?: boolean
  /** Scripts to run in the page before the app (e.g. the in-page driver of the soak). */
  readonly initScripts?: readonly (() => void)[]
}

export interface KioskPage {
  readonly context: BrowserContext
  readonly page: Page
  /** Problems the page reported: uncaught errors (and console errors with `consoleErrors`). */
  readonly errors: string[]
}

/**
 * A new context (an empty profile) in `browser` at `viewport`, with one blank page that records
 * its errors. The caller goes to the URL it wants and closes the context.
 */
export async function openKioskPage(
  browser: Browser,
  viewport: { readonly width: number; readonly height: number },
  {
    timeout = 5_000,
    touch = true,
    consoleErrors = true,
    fakeClock = false,
    initScripts = [],
  }: KioskPageOptions = {},
): Promise<KioskPage> {
  const context = await browser.newContext({ viewport, hasTouch: touch, locale: 'en-US' })
  for (const script of initScripts) await context.addInitScript(script)
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  if (consoleErrors)
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
  if (fakeClock) await page.clock.install()
  return { context, page, errors }
}

/**
 * A fresh Chromium (Playwright gives it a new empty profile), at kiosk size (the portrait
 * screen by default), showing the preview.
 */
export async function openKiosk(
  url: string,
  viewport: { readonly width: number; readonly height: number } = kioskViewports.portrait,
  /** Scripts to run in the page before the app (e.g. the in-page driver of the soak). */
  initScripts: readonly (() => void)[] = [],
): Promise<KioskBrowser> {
  const browser: Browser = await launchDebianChromium()
  const { context, page, errors } = await openKioskPage(browser, viewport, { initScripts })
  await page.goto(url)
  return {
    browser,
    context,
    page,
    pageErrors: errors,
    close: () => browser.close(),
  }
}

/** WCAG 2.0/2.1/2.2 A and AA rules (plus best practice) on whatever the page shows now. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

/** Every visible interactive element smaller than `min` px in either direction. */
export async function smallTargets(page: Page, min = 48): Promise<string[]> {
  return page.evaluate((minimum) => {
    const selector =
      'button, a[href], input, select, textarea, [role="button"], [role="checkbox"], [role="radio"], [tabindex]:not([tabindex="-1"])'
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width < minimum || box.height < minimum
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      )
  }, min)
}

/** Saves a screenshot as a (git-ignored) test artifact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = resolve(import.meta.dirname, '../../../test-results/screens')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}
