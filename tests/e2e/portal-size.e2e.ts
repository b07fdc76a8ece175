import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import { quickAxeViolations } from './support/flow-axe'
import { button, calls, copy, heading, keyboard, walkToHandoff } from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'

/**
 * Issue 13 item 2 in Chromium: at the hand-off the official page's box takes the screen, keeps
 * at least half of its height with the keyboard open in both kiosk orientations and in large
 * text, and the bounds the UI reports to main (recorded by the preview bridge, which answers
 * `setPortalBounds` in place of main) are that box, also after the screen is rotated.
 */
const { portrait, landscape } = kioskViewports
const SHOTS = '/tmp/portal-shots'
const text = copy('en')

let browser: Browser
beforeAll(async () => {
  browser = await launchDebianChromium()
  mkdirSync(SHOTS, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The portal box as main must receive it: whole CSS px, each edge rounded on its own. */
function portalBox(page: Page): Promise<Box & { viewportHeight: number; bottomOfPage: number }> {
  return page.evaluate(() => {
    const area = document.querySelector('.kiosk-portal-area')
    if (area === null) throw new Error('no portal area')
    const box = area.getBoundingClientRect()
    const left = Math.round(box.left)
    const top = Math.round(box.top)
    return {
      x: left,
      y: top,
      width: Math.round(box.right) - left,
      height: Math.round(box.bottom) - top,
      viewportHeight: window.innerHeight,
      bottomOfPage: document.documentElement.scrollHeight,
    }
  })
}

/** What the preview bridge last recorded for `setPortalBounds`. */
async function lastBounds(page: Page): Promise<{ visible: boolean; bounds: Box } | undefined> {
  const recorded = (await calls(page)).filter((call) => call.method === 'setPortalBounds')
  return recorded.at(-1)?.request as { visible: boolean; bounds: Box } | undefined
}

/** Two animation frames: the hook reports at most one frame after a change. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )

/** The reported bounds equal the box on screen, the page is shown, nothing scrolls. */
async function expectBoundsFollow(page: Page): Promise<Box> {
  await settle(page)
  await expect
    .poll(async () => (await lastBounds(page))?.bounds)
    .toEqual(await portalBox(page).then(({ x, y, width, height }) => ({ x, y, width, height })))
  const box = await portalBox(page)
  expect((await lastBounds(page))?.visible).toBe(true)
  // Nothing of the step hangs below the screen (the keyboard and our bar are in view).
  expect(box.bottomOfPage).toBeLessThanOrEqual(box.viewportHeight)
  return box
}

/** Keys of the hand-off's keyboard: the smallest height and the smallest gap between keys. */
function keyGeometry(page: Page) {
  return page.evaluate(() => {
    const keys = [...document.querySelectorAll<HTMLElement>('.kiosk-keyboard-dock .kiosk-key')]
    const boxes = keys.map((key) => key.getBoundingClientRect())
    let minGap = Number.POSITIVE_INFINITY
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const sameRow = Math.abs(other.top - box.top) < 1
        const sameColumnBand = other.left < box.right && box.left < other.right
        if (sameRow)
          minGap = Math.min(
            minGap,
            Math.abs(other.left - box.right),
            Math.abs(box.left - other.right),
          )
        else if (sameColumnBand && other.top > box.top)
          minGap = Math.min(minGap, other.top - box.bottom)
      }
    }
    const dock = document.querySelector('.kiosk-keyboard-dock')?.getBoundingClientRect()
    return {
      minHeight: Math.min(...boxes.map((box) => box.height)),
      minGap: Math.round(minGap * 10) / 10,
      dockBottom: dock?.bottom ?? Number.POSITIVE_INFINITY,
    }
  })
}

async function toHandoff(page: Page, largeText: boolean): Promise<void> {
  await page.goto(inject('previewUrl'))
  await heading(page, text.welcome.title).waitFor()
  if (largeText) await button(page, text.ui.display.largeText).tap()
  await walkToHandoff(page, 'en')
  await page.getByRole('status').filter({ hasText: text.handoff.previewPlaceholder }).waitFor()
}

describe.each([
  ['portrait', portrait, landscape],
  ['landscape', landscape, portrait],
] as const)('%s', (orientation, viewport, rotated) => {
  it.each([
    ['default text', false],
    ['large text', true],
  ] as const)(
    'the official page keeps the screen, with the keyboard open too (%s)',
    async (textSize, largeText) => {
      const { context, page, errors } = await openKioskPage(browser, viewport, {
        timeout: 10_000, // a shared 2-core machine
        consoleErrors: false,
      })
      const shot = (name: string) =>
        page.screenshot({
          path: `${SHOTS}/${orientation}-${textSize.replace(' ', '-')}-${name}.png`,
        })
      try {
        await toHandoff(page, largeText)

        // Keyboard closed: the page takes all but our slim parts.
        const closed = await expectBoundsFollow(page)
        await shot('closed')
        // More than half at default text; large text's bigger bars may take it down to half.
        expect(closed.height).toBeGreaterThanOrEqual(viewport.height * (largeText ? 0.5 : 0.55))

        // Keyboard open: docked, keys big enough, the page keeps at least half the height.
        await button(page, text.flow.bar.showKeyboard).tap()
        await keyboard(page, 'en').waitFor()
        const open = await expectBoundsFollow(page)
        expect(open.height).toBeGreaterThanOrEqual(viewport.height / 2)
        const keys = await keyGeometry(page)
        expect(keys.minHeight).toBeGreaterThanOrEqual(72)
        expect(keys.minGap).toBeGreaterThanOrEqual(8)
        expect(keys.dockBottom).toBeLessThanOrEqual(viewport.height)
        expect(await quickAxeViolations(page)).toEqual([])
        await shot('keyboard')

        // The screen is rotated (or its resolution changes): the bounds follow at once.
        await page.setViewportSize(rotated)
        const turned = await expectBoundsFollow(page)
        expect(turned.height).toBeGreaterThanOrEqual(rotated.height / 2)
        expect((await keyGeometry(page)).minHeight).toBeGreaterThanOrEqual(72)
        await shot('rotated-keyboard')
        await page.setViewportSize(viewport)
        await expectBoundsFollow(page)

        // "More" takes its room from the page (the page is painted above our UI), and gives
        // it back.
        await button(page, text.flow.bar.showKeyboard).tap()
        await keyboard(page, 'en').waitFor({ state: 'detached' })
        await button(page, text.handoff.more.show).tap()
        await page.getByRole('region', { name: text.handoff.more.label }).waitFor()
        const withMore = await expectBoundsFollow(page)
        expect(withMore.height).toBeGreaterThanOrEqual(viewport.height / 2)
        expect(await quickAxeViolations(page)).toEqual([])
        await shot('more')
        await button(page, text.handoff.more.hide).tap()
        const withoutMore = (await expectBoundsFollow(page)).height
        // At the page's floor (half the height: large text) there is nothing to give back.
        if (withMore.height > viewport.height / 2)
          expect(withoutMore).toBeGreaterThan(withMore.height)
        else expect(withoutMore).toBeGreaterThanOrEqual(withMore.height)

        // The text size changed from Help: the page is hidden while Help shows, then follows.
        await button(page, text.flow.bar.help).tap()
        await expect.poll(async () => (await lastBounds(page))?.visible).toBe(false)
        await button(page, text.ui.display.largeText).tap()
        await button(page, text.help.close).tap()
        await heading(page, text.handoff.title).waitFor()
        await expectBoundsFollow(page)
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
