import { useEffect } from 'react'

import { installKeypad } from './install-keypad'

/** Keypad and keyboard operation for the whole kiosk, installed once for the app's lifetime. */
export function useKeypad(): void {
  useEffect(() => installKeypad(document), [])
}
