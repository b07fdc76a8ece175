import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import type { LanguageCode } from '../../shared/languages'
import { quickAxeViolations } from './support/flow-axe'
import { copy, keyboard, PREFILL_DEMO, tapKeys, walkToDetails } from './support/flow-walk'
import { kioskViewports, openKioskPage, screenshot, smallTargets } from './support/kiosk-browser'

/**
 * The on-screen keyboard in Chromium, by touch only, in both kiosk orientations and both
 * languages: every name the issue names typed exactly, keys big enough to hit standing up, and
 * the code shown in groups while it is typed.
 */
// Typed into today's name field; after issue 11 the same helper types into the pre-fill form.
const names = ['St. John', 'Smith Jr.', 'Nguyễn', 'Øyvind', 'Şükrü']

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function detailsPage(
  viewport: { width: number; height: number },
  language: LanguageCode,
): ReturnType<typeof openKioskPage> {
  // Generous: the CI machine is shared (2 cores).
  const opened = await openKioskPage(browser, viewport, { timeout: 10_000, consoleErrors: false })
  // The names go into the full details form, which exists only with pre-fill set up.
  await opened.page.goto(`${inject('previewUrl')}${PREFILL_DEMO}`)
  await walkToDetails(opened.page, language)
  return opened
}

/** Every key's box, and the smallest gap between neighbours in a row and between rows. */
async function keyGeometry(page: Page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.kiosk-keyboard__row')].map((row) =>
      [...row.querySelectorAll<HTMLElement>('.kiosk-key')].map((key) =>
        key.getBoundingClientRect(),
      ),
    )
    let minGap = Number.POSITIVE_INFINITY
    let minHeight = Number.POSITIVE_INFINITY
    for (const row of rows) {
      for (const [index, box] of row.entries()) {
        minHeight = Math.min(minHeight, box.height)
        const next = row[index + 1]
        // Same line (rows may wrap): horizontal gap.
        if (next !== undefined && Math.abs(next.top - box.top) < 1)
          minGap = Math.min(minGap, next.left - box.right)
      }
    }
    const tops = rows.map((row) => row[0]).filter((box) => box !== undefined)
    for (const [index, box] of tops.entries()) {
      const below = tops[index + 1]
      if (below !== undefined) minGap = Math.min(minGap, below.top - box.bottom)
    }
    const dock = document.querySelector('.kiosk-keyboard-dock')?.getBoundingClientRect()
    return {
      minGap: Math.round(minGap * 10) / 10,
      minHeight: Math.round(minHeight * 10) / 10,
      dockHeight: dock?.height ?? 0,
      viewport: window.innerHeight,
    }
  })
}

/** Scrolls the step's region to its end: px of it left empty under the last thing drawn. */
function blankAtEnd(page: Page): Promise<number> {
  return page.evaluate(() => {
    const region = document.querySelector('.kiosk-content__scroll')
    if (!(region instanceof HTMLElement)) throw new Error('no scroll region')
    region.scrollTop = region.scrollHeight
    // What shows something: text, a control, a picture (not an empty box such as a spacer).
    const drawn = [...region.querySelectorAll('*')]
      .filter((element) => element.closest('.kiosk-keyboard-dock, .kiosk-scroll-cue') === null)
      .filter(
        (element) =>
          ['INPUT', 'BUTTON', 'IMG', 'svg'].includes(element.tagName) ||
          [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
          ),
      )
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.height > 0 && box.width > 0)
    const lastBottom = Math.max(...drawn.map((box) => box.bottom))
    return Math.round(region.getBoundingClientRect().bottom - lastBottom)
  })
}

describe.each(Object.entries(kioskViewports))('%s', (orientation, viewport) => {
  describe.each(['en', 'es'] as const)('in %s', (language) => {
    const text = copy(language)
    const shot = (name: string) => `keyboard-${orientation}-${language}-${name}`

    it('types every legal name exactly, with keys >= 72 px tall and >= 8 px apart', async () => {
      const { context, page, errors } = await detailsPage(viewport, language)
      try {
        const field = page.getByLabel(text.activation.lastName.label, { exact: true })
        await field.tap()
        const geometry = await keyGeometry(page)
        expect(geometry.minHeight).toBeGreaterThanOrEqual(72)
        expect(geometry.minGap).toBeGreaterThanOrEqual(8)
        // The keyboard leaves at least half of the screen for the page above it.
        expect(geometry.dockHeight).toBeLessThanOrEqual(geometry.viewport / 2)
        // And no blank scroll under the form: the bars are lifted above the keyboard already,
        // so at the end of the step the form's last line sits near the region's bottom.
        expect(await blankAtEnd(page)).toBeLessThan(geometry.dockHeight / 2)
        await screenshot(page, shot('letters'))

        for (const name of names) {
          await field.fill('')
          await field.tap()
          await tapKeys(page, language, name)
          expect(await field.inputValue()).toBe(name)
        }

        // The "more letters" layer, as a patient sees it, also passes the checks.
        await keyboard(page, language)
          .getByRole('button', { name: new RegExp(`^${text.ui.keyboard.moreLetters}`) })
          .tap()
        await keyboard(page, language)
          .getByRole('button', {
            name: text.ui.keyboard.variantsOf.replace('{{letter}}', 'e'),
            exact: true,
          })
          .tap()
        const more = await keyGeometry(page)
        expect(more.minHeight).toBeGreaterThanOrEqual(72)
        expect(more.minGap).toBeGreaterThanOrEqual(8)
        expect(await quickAxeViolations(page)).toEqual([])
        expect(await smallTargets(page)).toEqual([])
        await screenshot(page, shot('more-letters'))
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    })

    it('shows the code in groups with what is left; dash and space keys are there', async () => {
      const { context, page, errors } = await detailsPage(viewport, language)
      try {
        const field = page.getByLabel(text.activation.activationCode.label, { exact: true })
        await field.tap()
        await tapKeys(page, language, 'ABCDE-12345 FG')
        expect(await field.inputValue()).toBe('ABCDE-12345 FG')
        await page.getByText('ABCDE-12345-FG', { exact: true }).waitFor()
        await page
          .getByRole('status')
          .filter({ hasText: text.ui.keyboard.codeProgress_other.replace('{{count}}', '3') })
          .waitFor()
        const geometry = await keyGeometry(page)
        expect(geometry.minHeight).toBeGreaterThanOrEqual(72)
        expect(geometry.minGap).toBeGreaterThanOrEqual(8)
        expect(await quickAxeViolations(page)).toEqual([])
        await screenshot(page, shot('code'))
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    })
  })
})
