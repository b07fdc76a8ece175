import type { WebPreferences } from 'electron'

import { lockedWebPreferences } from '../locked-web-preferences'

/**
 * The portal view runs third-party content: no preload (so no `window.kiosk`, no IPC), sandboxed,
 * isolated, an in-memory partition of its own. Tests assert each field.
 */
export function portalWebPreferences(partition: string): WebPreferences {
  if (partition.startsWith('persist:')) throw new Error('the portal partition must not persist')
  return { partition, ...lockedWebPreferences() }
}
