import type { PublicPortal } from '../../../shared/config/public-config'
import type { portalEntries } from '../../../shared/ipc/portal-channels'

export type PortalEntry = (typeof portalEntries)[number]

/** The official address main opens for an entry (shown in the preview and on the Done screen). */
export function portalAddress(portal: PublicPortal, entry: PortalEntry): string {
  switch (entry) {
    case 'sign-up':
      return portal.signUpUrl
    case 'sign-in':
      return portal.signInUrl
    case 'self-signup':
      return portal.selfSignupUrl ?? portal.signUpUrl
  }
}
