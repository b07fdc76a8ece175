/**
 * The function keys of the kiosk's keypad (an EZ-Access-style keypad, or a standard keyboard).
 * Shared by main, which must let them reach the kiosk's own screen (it swallows F1 and F3 on
 * other pages), and by the renderer's key map, so the two never disagree.
 *
 * A keypad such as Storm Interface's EZ-Key is a USB keyboard whose keys send codes the clinic
 * can reprogram: program its Help, Back and Listen keys to these (its arrows and round Enter
 * key already send ArrowUp/ArrowDown/Enter).
 */
export const keypadFunctionKeys = {
  /** Opens Help for the step (SessionBar's Help button). `Help` is the key of that name. */
  help: ['F1', 'Help'],
  /** The step's Back; in a dialog, the safe "keep going" choice. */
  back: ['F2'],
  /** Reads the screen aloud (the speech control listens for `kiosk:listen`). */
  listen: ['F3'],
} as const satisfies Record<string, readonly string[]>

export type KeypadFunction = keyof typeof keypadFunctionKeys

/** Every key above, for main's pass-through list. */
export const allKeypadFunctionKeys: ReadonlySet<string> = new Set(
  Object.values(keypadFunctionKeys).flat(),
)

/** Which function a key value (KeyboardEvent.key / Electron Input.key) stands for, if any. */
export function keypadFunctionOf(key: string): KeypadFunction | null {
  for (const [name, keys] of Object.entries(keypadFunctionKeys) as [
    KeypadFunction,
    readonly string[],
  ][]) {
    if (keys.includes(key)) return name
  }
  return null
}
