import { createContext, useContext, useEffect, type ReactNode } from 'react'

import type { KioskInfo } from '../../shared/ipc/kiosk-channels'
import type { SessionView } from '../../shared/ipc/session-channels'
import type { PublicConfigState } from './public-config-state'

/**
 * What main answered before the first render (session view, public configuration, kiosk
 * info). boot.tsx asks once at boot, so the first render already shows the right screen — the
 * same markup the build prerendered into index.html, which React then hydrates instead of
 * replacing. The hooks start from it and keep asking main as before.
 */
export interface BootSnapshot {
  readonly view: SessionView | null
  readonly config: PublicConfigState
  readonly info: KioskInfo | null
}

export const BootSnapshotContext = createContext<BootSnapshot | null>(null)

export function useBootSnapshot(): BootSnapshot | null {
  return useContext(BootSnapshotContext)
}

/**
 * Everything the prerendered attract screen depends on, as a string the build stores on #root
 * (`data-prerendered`) and the boot compares: equal means the markup is exactly what React would
 * render now, so it may hydrate it. `null` when the first screen is not the attract screen.
 */
export function attractScreenKey(snapshot: BootSnapshot, language: string): string | null {
  if (snapshot.view?.phase !== 'attract' || snapshot.config.status !== 'ready') return null
  const { config } = snapshot.config
  return JSON.stringify({
    language,
    languages: config.languages.enabled,
    clinic: config.clinicName,
    // The build prerenders no logo; a configured one (a data: URL) means "draw, don't hydrate".
    logo: config.clinicLogo ?? null,
    preview: snapshot.info?.runtime === 'preview',
  })
}

/**
 * Calls `onCommit` once React has committed its first render (hydrated or drawn). Renders no
 * element, so it changes neither the markup nor React's ids; the prerender uses it too.
 */
export function FirstCommit({
  onCommit,
  children,
}: {
  readonly onCommit?: () => void
  readonly children: ReactNode
}): ReactNode {
  useEffect(() => {
    onCommit?.()
  }, [onCommit])
  return children
}
