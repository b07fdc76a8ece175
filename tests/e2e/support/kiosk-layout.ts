import type { Locator, Page } from 'playwright-core'

import { kioskViewports } from './kiosk-browser'

/** The two screens a lobby kiosk has (KIOSK-UX.md): portrait and landscape. */
export const orientations = [
  { name: 'portrait', ...kioskViewports.portrait },
  { name: 'landscape', ...kioskViewports.landscape },
] as const

/** How far the page scrolls beyond the viewport, in px (0: no page scroll). */
export async function pageOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return {
      x: Math.max(0, root.scrollWidth - window.innerWidth),
      y: Math.max(0, root.scrollHeight - window.innerHeight),
    }
  })
}

/** Where an element sits: its top as a fraction of the viewport height, and its bottom in px. */
export async function verticalPlace(
  page: Page,
  element: Locator,
): Promise<{ topFraction: number; bottomInside: boolean }> {
  const box = await element.boundingBox()
  const height = page.viewportSize()?.height ?? 0
  if (box === null || height === 0) throw new Error('the element is not on screen')
  return { topFraction: box.y / height, bottomInside: box.y + box.height <= height }
}

/** Each language tile: its name, lang attribute and size. */
export async function languageTiles(group: Locator) {
  return group.getByRole('button').evaluateAll((tiles) =>
    tiles.map((tile) => {
      const box = tile.getBoundingClientRect()
      return {
        name: tile.textContent,
        lang: tile.getAttribute('lang'),
        width: box.width,
        height: box.height,
      }
    }),
  )
}

/**
 * Waits until React owns the screen. The prerendered welcome screen is drawn (and inert) before
 * any script runs; axe counts inert content as hidden, and a tap on it would be lost.
 */
export async function untilInteractive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return root !== null && root.dataset['prerendered'] === undefined && !root.inert
  })
}
