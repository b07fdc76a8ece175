import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { PublicPortal } from '../../../shared/config/public-config'
import { useKioskInfo } from '../../app/use-kiosk-info'
import { Button } from '../../components/Button'
import { LanIdNote } from '../../components/LanIdNote'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { PartBlockedNotice } from './PartBlockedNotice'
import { portalAddress, type PortalEntry } from './portal-address'
import { PortalKeyboard } from './PortalKeyboard'
import { usePortalBounds } from './use-portal-bounds'
import { usePortalStatus } from './use-portal-status'

export interface HandoffScreenProps {
  readonly portal: PublicPortal
  readonly entry: PortalEntry
  readonly activationCode: string | null
  /**
   * Present when the portal profile names the official form's fields: asks main to fill them
   * from the activation details; resolves to how many were filled (null if refused).
   */
  readonly onPrefill?: () => Promise<number | null>
  readonly keyboardOpen: boolean
  readonly onKeyboardOpenChange: (open: boolean) => void
  /** Something of ours covers the screen (Help, staff message…): the portal view must hide. */
  readonly covered: boolean
  readonly eyebrow?: string
  readonly onFinished: () => void
  readonly onHelp: () => void
  readonly onBack: () => void
}

/**
 * Step 6: the official page, painted by main in its own locked view over the area below. This
 * screen owns that area: it reports its bounds, hides the view when our own messages must be
 * seen, and explains failures and blocked pages in the patient's language.
 */
export function HandoffScreen(props: HandoffScreenProps) {
  const { portal, entry, keyboardOpen, covered } = props
  const { t } = useTranslation('handoff')
  const info = useKioskInfo()
  const area = useRef<HTMLDivElement>(null)
  const { status, reopen, retry } = usePortalStatus(portal.id, entry)
  const showsPage = status.state === 'loading' || status.state === 'ready'
  usePortalBounds(area, showsPage && !covered)
  const address = portalAddress(portal, entry)
  // An address IT has not confirmed (`verify`) is never called "official" (issue 11, item 4).
  const unverified = portal.verify

  return (
    <Screen title={unverified ? t('title') : t('official.title')} eyebrow={props.eyebrow}>
      <div
        ref={area}
        className={`kiosk-portal-area${keyboardOpen && showsPage ? ' kiosk-portal-area--short' : ''}`}
      >
        {status.state === 'loading' && (
          <p role="status" className="kiosk-lead">
            {unverified ? t('loading') : t('official.loading')}
          </p>
        )}
        {status.state === 'ready' && (
          <div role="status" className="kiosk-portal-area__ready">
            <p>
              {info?.runtime === 'preview'
                ? unverified
                  ? t('previewPlaceholder')
                  : t('official.previewPlaceholder')
                : unverified
                  ? t('ready')
                  : t('official.ready')}
            </p>
            <p className="kiosk-address">{address}</p>
          </div>
        )}
        {(status.state === 'failed' || status.state === 'closed') && (
          <div role="alert" className="kiosk-stack">
            <h2 className="kiosk-subtitle">{t('failed.title')}</h2>
            <p>{t('failed.body')}</p>
            <div className="kiosk-row">
              <Button onClick={retry}>{t('failed.retry')}</Button>
              <Button variant="secondary" onClick={props.onHelp}>
                {t('failed.help')}
              </Button>
            </div>
          </div>
        )}
        {status.state === 'blocked' && (
          <div role="alert" className="kiosk-stack">
            <h2 className="kiosk-subtitle">{t('blocked.title')}</h2>
            <p>{t('blocked.body')}</p>
            {status.blockedOrigin !== undefined && (
              <p>
                {t('blocked.origin')} <span className="kiosk-address">{status.blockedOrigin}</span>
              </p>
            )}
            <div className="kiosk-row">
              <Button onClick={reopen}>
                {unverified ? t('blocked.back') : t('official.back')}
              </Button>
            </div>
            {/* An off-list page may be an employee sign-in (LAN ID): say it is not for patients. */}
            <LanIdNote />
          </div>
        )}
      </div>
      {showsPage && status.partBlocked === true && <PartBlockedNotice />}
      {keyboardOpen && showsPage && (
        <PortalKeyboard
          activationCode={props.activationCode}
          onDone={() => props.onKeyboardOpenChange(false)}
        />
      )}
      {!keyboardOpen && showsPage && (
        <p className="kiosk-hint">{unverified ? t('keyboardTip') : t('official.keyboardTip')}</p>
      )}
      {/* Outside the portal area: the official page paints over that area in the kiosk. */}
      {showsPage && portal.addressKind === 'information-page' && (
        <p className="kiosk-hint">{t('informationPage')}</p>
      )}
      {props.onPrefill !== undefined && status.state === 'ready' && (
        <PrefillAction prefill={props.onPrefill} />
      )}
      <StepActions onBack={props.onBack}>
        <Button onClick={props.onFinished}>{t('finished')}</Button>
      </StepActions>
    </Screen>
  )
}

/** "Fill in the official form with my details", and what came of it. */
function PrefillAction({ prefill }: { readonly prefill: () => Promise<number | null> }) {
  const { t } = useTranslation('handoff')
  const [filled, setFilled] = useState<number | null | undefined>(undefined)
  return (
    <div className="kiosk-stack">
      <Button variant="secondary" onClick={() => void prefill().then(setFilled)}>
        {t('prefill.button')}
      </Button>
      {filled !== undefined && (
        <p role="status">
          {filled !== null && filled > 0
            ? t('prefill.filled', { count: filled })
            : t('prefill.none')}
        </p>
      )}
    </div>
  )
}
