import { createContext, useContext } from 'react'

import type { KioskBridge } from '../../shared/ipc/kiosk-bridge'

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the in-page preview bridge (browser preview). */
    readonly kiosk?: KioskBridge
  }
}

export function getKioskBridge(target: Pick<Window, 'kiosk'>): KioskBridge {
  if (target.kiosk === undefined) {
    throw new Error(
      'window.kiosk is missing: the preload did not run (or open the app with npm run preview)',
    )
  }
  return target.kiosk
}

export const BridgeContext = createContext<KioskBridge | null>(null)

/** The bridge to main. Components take it from context so tests can hand them a fake. */
export function useBridge(): KioskBridge {
  const bridge = useContext(BridgeContext)
  if (bridge === null) throw new Error('useBridge() outside <BridgeContext.Provider>')
  return bridge
}
