import type { GridDirection } from './key-map'

/** A key's box on screen (DOMRect's fields that matter). */
export interface KeyBox {
  readonly top: number
  readonly left: number
  readonly width: number
  readonly height: number
}

/** The key to move to, or which edge of the keyboard the patient stepped over. */
export type GridMove =
  | { readonly kind: 'key'; readonly index: number }
  | { readonly kind: 'leave'; readonly edge: 'top' | 'bottom' }

/**
 * The on-screen keyboard's keys as the patient sees them: lines of keys by their place on
 * screen, not by the markup's rows (a long row wraps onto two lines at narrow widths, and the
 * code layout's progress line sits between the rows).
 */
export function linesOf(boxes: readonly KeyBox[]): number[][] {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
  const lines: { top: number; height: number; keys: { index: number; left: number }[] }[] = []
  for (const { box, index } of order) {
    const line = lines.at(-1)
    // The same line when this key starts above the middle of the line's first key.
    if (line !== undefined && box.top < line.top + line.height / 2) {
      line.keys.push({ index, left: box.left })
    } else {
      lines.push({ top: box.top, height: box.height, keys: [{ index, left: box.left }] })
    }
  }
  return lines.map((line) => line.keys.sort((a, b) => a.left - b.left).map((key) => key.index))
}

const centre = (box: KeyBox) => box.left + box.width / 2

/**
 * One arrow press on the keyboard. Left and right go along the line and on to the next (or
 * previous) line at its end, so every key is reachable with two keys; up and down keep to the
 * nearest key in the line above or below, and step off the keyboard at its top or bottom.
 */
export function gridMove(
  boxes: readonly KeyBox[],
  from: number,
  direction: GridDirection,
): GridMove | null {
  const lines = linesOf(boxes)
  const row = lines.findIndex((line) => line.includes(from))
  const line = lines[row]
  if (line === undefined) return null
  if (direction === 'left' || direction === 'right') {
    const flat = lines.flat()
    const at = flat.indexOf(from)
    const step = direction === 'right' ? 1 : -1
    const index = flat[(at + step + flat.length) % flat.length]
    return index === undefined ? null : { kind: 'key', index }
  }
  const target = lines[row + (direction === 'down' ? 1 : -1)]
  if (target === undefined) return { kind: 'leave', edge: direction === 'up' ? 'top' : 'bottom' }
  const fromBox = boxes[from]
  if (fromBox === undefined) return null
  const x = centre(fromBox)
  let best = target[0]
  for (const index of target) {
    const box = boxes[index]
    const bestBox = best === undefined ? undefined : boxes[best]
    if (
      box !== undefined &&
      (bestBox === undefined || Math.abs(centre(box) - x) < Math.abs(centre(bestBox) - x))
    )
      best = index
  }
  return best === undefined ? null : { kind: 'key', index: best }
}
