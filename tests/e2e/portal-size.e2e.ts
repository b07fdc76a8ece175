import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchDebianChromium } from '../../scripts/debian-chromium.mjs'
import { quickAxeViolations } from './support/flow-axe'
import { button, calls, copy, heading, keyboard, walkToHandoff } from './support/flow-walk'
import { kioskViewports, openKioskPage } from './support/kiosk-browser'

/**
 * At the hand-off in Chromium the official page's box takes the screen: over half of it with the
 * keyboard closed, over a third with the whole keyboard open (its keys never under the page) in
 * both kiosk orientations and in large text; the bounds the UI reports to main (recorded by the
 * preview bridge, which answers `setPortalBounds` in place of main) follow that box's free
 * region, also after the screen is rotated.
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

/** Our keyboard's keys that the reported bounds overlap (the page is drawn above them). */
function keysUnder(page: Page, bounds: Box): Promise<string[]> {
  return page.evaluate(
    ({ x, y, width, height }) =>
      [...document.querySelectorAll('.kiosk-key')]
        .filter((key) => {
          const box = key.getBoundingClientRect()
          return box.left < x + width && x < box.right && box.top < y + height && y < box.bottom
        })
        .map((key) => key.textContent ?? ''),
    bounds,
  )
}

/** Whether `inner` lies inside `outer`. */
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/**
 * The reported bounds follow the box on screen: inside it (the free part of it: where a bar or
 * line of ours overflows onto the box, the page gets less, never our controls), the page is
 * shown, no key is under it, nothing scrolls. Returns the reported bounds.
 */
async function expectBoundsFollow(page: Page): Promise<Box> {
  await settle(page)
  await expect
    .poll(async () => {
      const [reported, box] = [await lastBounds(page), await portalBox(page)]
      return reported !== undefined && inside(reported.bounds, box) && reported.bounds.height > 0
    })
    .toBe(true)
  const reported = await lastBounds(page)
  const box = await portalBox(page)
  if (reported === undefined) throw new Error('no bounds reported')
  expect(reported.visible).toBe(true)
  expect(await keysUnder(page, reported.bounds)).toEqual([])
  // Nothing of the step hangs below the screen (the keyboard and our bar are in view).
  expect(box.bottomOfPage).toBeLessThanOrEqual(box.viewportHeight)
  return reported.bounds
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
        // More than half at default text; large text's bigger bars take more of it.
        expect(closed.height).toBeGreaterThanOrEqual(viewport.height * (largeText ? 0.45 : 0.55))

        // Keyboard open: docked, keys big enough, none under the page.
        await button(page, text.flow.bar.showKeyboard).tap()
        await keyboard(page, 'en').waitFor()
        // Whole keys, none under the page: their ~580 px come out of the page's box, which keeps
        // over a third of the height.
        const open = await expectBoundsFollow(page)
        expect(open.height).toBeGreaterThanOrEqual(viewport.height / 3)
        const keys = await keyGeometry(page)
        expect(keys.minHeight).toBeGreaterThanOrEqual(72)
        expect(keys.minGap).toBeGreaterThanOrEqual(8)
        expect(keys.dockBottom).toBeLessThanOrEqual(viewport.height)
        expect(await quickAxeViolations(page)).toEqual([])
        await shot('keyboard')

        // The screen is rotated (or its resolution changes): the bounds follow at once.
        await page.setViewportSize(rotated)
        const turned = await expectBoundsFollow(page)
        expect(turned.height).toBeGreaterThanOrEqual(rotated.height / 3)
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
        expect(withMore.height).toBeGreaterThanOrEqual(viewport.height * (largeText ? 0.3 : 1 / 3))
        expect(await quickAxeViolations(page)).toEqual([])
        await shot('more')
        await button(page, text.handoff.more.hide).tap()
        const withoutMore = (await expectBoundsFollow(page)).height
        // With nothing of ours over the box, "More" gives its room back.
        if (withMore.height > viewport.height / 3)
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
