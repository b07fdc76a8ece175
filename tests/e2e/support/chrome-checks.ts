import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'

/**
 * Measurements of our own chrome and of what a patient must see, taken in the page. Each returns
 * numbers or a list of problems worded for a failure message.
 */

/** Heights in CSS px: the top band (without the preview's own banner) and the bottom bars. */
export interface ChromeHeights {
  readonly band: number
  readonly bottom: number
  readonly stepLabel: number
  readonly viewport: number
}

export function chromeHeights(page: Page): Promise<ChromeHeights> {
  return page.evaluate(() => {
    const height = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().height ?? 0
    return {
      band: Math.round(height('.kiosk-header') - height('.kiosk-header > .preview-banner')),
      bottom: Math.round(height('.kiosk-bottom')),
      stepLabel: Math.round(height('.kiosk-steps__heading')),
      viewport: window.innerHeight,
    }
  })
}

/**
 * Runs in the page before the app: records every layout shift Chromium reports (the Layout
 * Instability API), with its time, input or not, so a test can sum those after a step appeared.
 */
export function recordLayoutShifts(): void {
  const shifts: { value: number; startTime: number }[] = []
  ;(window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
      shifts.push({ value: entry.value, startTime: entry.startTime })
  }).observe({ type: 'layout-shift', buffered: true })
}

/** Now, on the page's clock: the moment a step was seen (its heading shown). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

/**
 * The layout shift since `since`, once the page has settled: fonts loaded and a few frames drawn
 * (the scroll cue, the action bar and anything measured after the first frame have appeared).
 */
export async function layoutShiftSince(page: Page, since: number): Promise<number> {
  return page.evaluate(async (from) => {
    await document.fonts.ready
    for (let frame = 0; frame < 6; frame++)
      await new Promise((done) => requestAnimationFrame(() => done(null)))
    const shifts = (window as unknown as { __layoutShifts: { value: number; startTime: number }[] })
      .__layoutShifts
    return shifts.filter((shift) => shift.startTime >= from).reduce((sum, s) => sum + s.value, 0)
  }, since)
}

/**
 * What the patient can tap or must read, checked on the screen shown now: every visible control
 * keeps 32 px from the sides and its centre hit-tests to itself (unless its own scroll region has
 * scrolled it out of view); each element named in `inView` is whole inside the viewport and not
 * covered at its centre.
 */
export function reachProblems(page: Page, inView: readonly string[] = []): Promise<string[]> {
  return page.evaluate((mustSee) => {
    const problems: string[] = []
    const width = window.innerWidth
    const height = window.innerHeight
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
    }
    // The part of the viewport an element's scroll regions let it be seen in.
    const clipOf = (element: Element) => {
      let top = 0
      let bottom = height
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowY
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') {
          const box = parent.getBoundingClientRect()
          top = Math.max(top, box.top)
          bottom = Math.min(bottom, box.bottom)
        }
      }
      return { top, bottom }
    }
    const controls = document.querySelectorAll(
      'button, a[href], input, select, textarea, [role="radio"], [role="checkbox"]',
    )
    for (const control of controls) {
      if (!shown(control) || control.closest('[inert], [hidden]') !== null) continue
      const box = control.getBoundingClientRect()
      if (box.left < 32 - 0.5 || box.right > width - 32 + 0.5)
        problems.push(
          `${name(control)} at x ${Math.round(box.left)}–${Math.round(box.right)} (margins 32 px of ${width})`,
        )
      const x = box.left + box.width / 2
      const y = box.top + box.height / 2
      const clip = clipOf(control)
      if (y < clip.top || y > clip.bottom) continue
      const hit = document.elementFromPoint(x, y)
      if (hit === null || (hit !== control && !control.contains(hit)))
        problems.push(
          `${name(control)} centre (${Math.round(x)}, ${Math.round(y)}) hits ${hit === null ? 'nothing' : name(hit)}`,
        )
    }
    for (const selector of mustSee) {
      const element = document.querySelector(selector)
      if (element === null || !shown(element)) {
        problems.push(`${selector} is not shown`)
        continue
      }
      const box = element.getBoundingClientRect()
      if (box.top < 0 || box.bottom > height + 0.5 || box.left < 0 || box.right > width + 0.5)
        problems.push(
          `${selector} not whole in view: y ${Math.round(box.top)}–${Math.round(box.bottom)} of ${height}`,
        )
      const clip = clipOf(element)
      if (box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5)
        problems.push(
          `${selector} cut by its scroll region: y ${Math.round(box.top)}–${Math.round(box.bottom)}, region ${Math.round(clip.top)}–${Math.round(clip.bottom)}`,
        )
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      if (hit === null || (hit !== element && !element.contains(hit)))
        problems.push(
          `${selector} covered at its centre by ${hit === null ? 'nothing' : name(hit)}`,
        )
    }
    return problems
  }, inView)
}

/**
 * Each QR code on screen: is every corner of it (its quiet zone) and its centre its own on top,
 * under no fade, cue or overlay? Returns the problems.
 */
export function qrCoverProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const code of document.querySelectorAll('svg.kiosk-qr')) {
      const box = code.getBoundingClientRect()
      if (box.width === 0) continue
      const inset = 3
      const points = [
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
        [box.left + box.width / 2, box.top + box.height / 2],
      ] as const
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y)
        if (hit === null || (hit !== code && !code.contains(hit)))
          problems.push(
            `QR point (${Math.round(x)}, ${Math.round(y)}) is under ${hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}`}`,
          )
      }
      if (box.bottom > window.innerHeight || box.top < 0)
        problems.push(
          `QR at y ${Math.round(box.top)}–${Math.round(box.bottom)} is not whole in view`,
        )
    }
    return problems
  })
}

let decoderReady: Promise<unknown> | null = null

/**
 * The texts of the QR codes a phone's decoder reads in a PNG screenshot. ZXing's C++ reader,
 * compiled to WebAssembly (zxing-wasm), loaded from node_modules: no network.
 */
export async function decodeQrCodes(png: Buffer): Promise<string[]> {
  if (decoderReady === null) {
    const require = createRequire(import.meta.url)
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))
    decoderReady = prepareZXingModule({
      overrides: {
        wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
      },
      fireImmediately: true,
    })
  }
  await decoderReady
  const results = await readBarcodes(new Uint8Array(png), {
    formats: ['QRCode'],
    maxNumberOfSymbols: 4,
  })
  return results.filter((result) => result.isValid).map((result) => result.text)
}
