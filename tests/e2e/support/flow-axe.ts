import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The same rule set as kiosk-browser.ts's axeViolations: WCAG 2.0–2.2 A/AA plus best practice. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

declare global {
  interface Window {
    axe?: typeof axe
  }
}

/**
 * axe on whatever the page shows now, for tours that check many screens of one single-page
 * app: axe-core is injected once per page load (through the devtools protocol, so the strict
 * CSP is not loosened) and then run directly, which takes about a tenth of the time of a fresh
 * AxeBuilder per screen. The results are the same rules on the same document.
 */
export async function quickAxeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source)
  return page.evaluate(async (runOnly) => {
    const engine = window.axe
    if (engine === undefined) throw new Error('axe-core was not injected')
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: runOnly },
      resultTypes: ['violations'],
    })
    return results.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }, tags)
}
