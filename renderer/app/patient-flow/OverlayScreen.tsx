import type { PublicConfig } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { HelpScreen } from '../../features/help/HelpScreen'
import { PortalFeaturesScreen } from '../../features/portal-features/PortalFeaturesScreen'
import { SignInTroubleScreen } from '../../features/sign-in-trouble/SignInTroubleScreen'
import { StaffHelpScreen } from '../../features/staff-help/StaffHelpScreen'
import type { Overlay } from './flow-state'

export interface OverlayScreenProps {
  readonly overlay: Overlay
  readonly support: PublicConfig['support']
  /** The patient's portal once chosen, else every portal (for the take-home help address). */
  readonly portals: PublicConfig['portals']
  readonly language: LanguageCode
  readonly onClose: () => void
  /** Help links to other overlays (e.g. "What you can do online"). */
  readonly onOverlay: (overlay: Overlay) => void
}

/** Help, sign-in trouble and the staff message: reachable from every step. */
export function OverlayScreen({
  overlay,
  support,
  portals,
  language,
  onClose,
  onOverlay,
}: OverlayScreenProps) {
  switch (overlay) {
    case 'help':
      return (
        <HelpScreen
          support={support}
          language={language}
          onClose={onClose}
          onShowFeatures={() => onOverlay('features')}
          onSignInTrouble={() => onOverlay('sign-in-trouble')}
        />
      )
    case 'sign-in-trouble':
      return <SignInTroubleScreen portals={portals} language={language} onClose={onClose} />
    case 'staff-help':
      return <StaffHelpScreen onClose={onClose} />
    case 'features':
      return <PortalFeaturesScreen onClose={onClose} />
  }
}
