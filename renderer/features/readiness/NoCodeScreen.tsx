import { useTranslation } from 'react-i18next'

import { pickText } from '../../../shared/config/localized-text'
import type { PublicConfig, PublicPortal } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { Button } from '../../components/Button'
import { frontDeskStatement } from '../../i18n/front-desk'
import { helpLine } from '../../i18n/help-line'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface NoCodeScreenProps {
  readonly portal: PublicPortal
  readonly support: PublicConfig['support']
  /** What the clinic states about its front desk (advice to ask when it states nothing). */
  readonly frontDesk?: PublicConfig['frontDesk']
  readonly language: LanguageCode
  readonly eyebrow?: string
  /** Only offered when the portal profile has a self sign-up address. */
  readonly onSelfSignup: () => void
  readonly onOfficialPage: () => void
  readonly onStaffHelp: () => void
  readonly onBack: () => void
}

/** No code, or an expired one: the real ways forward, never a stop. */
export function NoCodeScreen({
  portal,
  support,
  frontDesk = {},
  language,
  eyebrow,
  onSelfSignup,
  onOfficialPage,
  onStaffHelp,
  onBack,
}: NoCodeScreenProps) {
  const { t } = useTranslation('readiness')
  const selfSignup = portal.selfSignupUrl !== undefined
  const officialButton = portal.verify
    ? t('noCode.officialPageButton')
    : t('noCode.officialPageButtonConfirmed')
  // One pattern on every screen: the way forward is in the action bar, on the right (signing up
  // without a code where the portal offers it, else opening the portal's page).
  const forward = selfSignup ? (
    <Button onClick={onSelfSignup}>{t('noCode.selfSignupButton')}</Button>
  ) : (
    <Button onClick={onOfficialPage}>{officialButton}</Button>
  )
  return (
    <Screen title={t('noCode.title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('noCode.intro')}</p>
      <ol className="kiosk-options">
        {selfSignup && (
          <li className="kiosk-option">
            <p>{t('noCode.selfSignup')}</p>
          </li>
        )}
        <li className="kiosk-option">
          <p>{t(`noCode.staff.${frontDeskStatement(frontDesk, 'issuesActivationCodes')}`)}</p>
          <Button variant="secondary" onClick={onStaffHelp}>
            {t('noCode.staffButton')}
          </Button>
        </li>
        <li className="kiosk-option">
          <p>{t('noCode.phone', { phone: helpLine(support, language) })}</p>
        </li>
        <li className="kiosk-option">
          {/* An address IT has not confirmed (`verify`) is not called "official". */}
          <p>
            {t(portal.verify ? 'noCode.officialPage' : 'noCode.officialPageConfirmed', {
              portal: pickText(portal.name, language),
            })}
          </p>
          {/* Without a self sign-up address: the portal's own page may still let them go on. */}
          {!selfSignup && <p>{t('noCode.maybeWithoutCode')}</p>}
          {selfSignup && (
            <Button variant="secondary" onClick={onOfficialPage}>
              {officialButton}
            </Button>
          )}
        </li>
      </ol>
      <StepActions onBack={onBack}>{forward}</StepActions>
    </Screen>
  )
}
