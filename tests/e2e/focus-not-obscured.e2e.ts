import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import {
  answerReadiness,
  button,
  chooseHolder,
  choosePortal,
  copy,
  heading,
  keyboard,
  PREFILL_DEMO,
  reset,
  startSession,
} from './support/flow-walk'
import { focusObscured, settled } from './support/focus-visibility'
import { openKioskPage } from './support/kiosk-browser'
import { orientations } from './support/kiosk-layout'

/**
 * WCAG 2.2 SC 2.4.11 Focus Not Obscured (issue 14): on each step that opens the on-screen
 * keyboard, at both kiosk screens and both text sizes, every control the arrows reach (the
 * band, the step's fields and answers, the keys, Back and Continue, the session strip) and
 * every text field a patient taps is entirely in view when it has focus — inside the step's
 * scroll region and clear of the docked keyboard, the bars and the band.
 */
const en = copy('en')

/** The steps whose text fields open the on-screen keyboard. */
const steps = [
  { name: 'the code (no pre-fill)', query: '', title: en.activation.codeOnly.title },
  { name: 'the details form (pre-fill)', query: PREFILL_DEMO, title: en.activation.title },
] as const

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function openStep(
  viewport: { width: number; height: number },
  largeText: boolean,
  step: (typeof steps)[number],
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  // Generous: the machine is shared (2 cores).
  const { context, page, errors } = await openKioskPage(browser, viewport, {
    timeout: 10_000,
    consoleErrors: false,
  })
  await reset(page, `${inject('previewUrl')}${step.query}`)
  if (largeText) {
    await button(page, en.ui.display.largeText).tap()
    await page.waitForFunction(() => document.documentElement.dataset['textSize'] === 'large')
  }
  await startSession(page, 'en')
  await choosePortal(page, 'en', 'mayo-clinic')
  await chooseHolder(page, 'en', 'self')
  await answerReadiness(page, 'en', true)
  await heading(page, step.title).waitFor()
  return { page, errors, close: () => context.close() }
}

/** Taps each text field of the step in turn; what hid the field after each tap. */
async function tapEveryField(page: Page): Promise<string[]> {
  const fields = page.locator('.kiosk-content input:not([type="hidden"])')
  const count = await fields.count()
  expect(count).toBeGreaterThan(0)
  const problems: string[] = []
  for (let index = 0; index < count; index += 1) {
    await fields.nth(index).tap()
    await keyboard(page, 'en').waitFor()
    await settled(page)
    problems.push(...(await focusObscured(page)).map((problem) => `tap: ${problem}`))
  }
  return problems
}

/**
 * Presses ↓ from where focus is until it comes back to a control it has been on (the arrows
 * wrap), through every key row of the keyboard it opens on the way; what hid each control.
 */
async function arrowThroughEverything(
  page: Page,
): Promise<{ visited: number; problems: string[] }> {
  await page.evaluate(() => {
    ;(window as unknown as { seen: WeakSet<Element> }).seen = new WeakSet()
  })
  const problems: string[] = []
  let visited = 0
  for (let press = 0; press < 200; press += 1) {
    await page.keyboard.press('ArrowDown')
    await settled(page)
    const again = await page.evaluate(() => {
      const seen = (window as unknown as { seen: WeakSet<Element> }).seen
      const active = document.activeElement
      if (active === null || seen.has(active)) return true
      seen.add(active)
      return false
    })
    if (again) return { visited, problems }
    visited += 1
    problems.push(...(await focusObscured(page)).map((problem) => `key: ${problem}`))
  }
  throw new Error('the arrows never came back round')
}

describe.each(orientations)('$name', ({ width, height }) => {
  describe.each([
    ['default text', false],
    ['large text', true],
  ] as const)('%s', (_size, largeText) => {
    it.each(steps)('$name: focus is never hidden, by taps or by keys', async (step) => {
      const { page, errors, close } = await openStep({ width, height }, largeText, step)
      try {
        const problems = await tapEveryField(page)
        // Hide the keyboard, so the arrows open it again on the way.
        await keyboard(page, 'en').getByRole('button', { name: en.ui.keyboard.done }).tap()
        await keyboard(page, 'en').waitFor({ state: 'detached' })
        const walk = await arrowThroughEverything(page)
        // The walk met the band, the step, the keys, the action bar and the session strip (four
        // controls since "Trouble signing in" moved into Help: 15 stops on the shortest walk).
        expect(walk.visited).toBeGreaterThanOrEqual(15)
        expect([...problems, ...walk.problems]).toEqual([])
        expect(errors).toEqual([])
      } finally {
        await close()
      }
    })
  })
})
