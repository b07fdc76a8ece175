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

/**
 * A fresh Chromium (Playwright gives it a new empty profile), at kiosk size (the portrait
 * 1080×1920 screen; the layout is made for it and for landscape 1920×1080, issue 13), showing
 * the preview.
 */
export async function openKiosk(
  url: string,
  viewport = { width: 1080, height: 1920 },
  /** Scripts to run in the page before the app (e.g. the in-page driver of the soak). */
  initScripts: readonly (() => void)[] = [],
): Promise<KioskBrowser> {
  const browser: Browser = await launchDebianChromium()
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'en-US' })
  for (const script of initScripts) await context.addInitScript(script)
  const page = await context.newPage()
  // Waits are assertions here ("this appears"): fail fast instead of Playwright's 30 s default.
  page.setDefaultTimeout(5_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(url)
  return {
    browser,
    context,
    page,
    pageErrors,
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
