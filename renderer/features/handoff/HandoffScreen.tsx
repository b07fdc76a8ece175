import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { PublicPortal } from '../../../shared/config/public-config'
import { useKioskInfo } from '../../kiosk-state/use-kiosk-info'
import { Button } from '../../components/Button'
import { KeyboardDock } from '../../components/KeyboardDock'
import { LanIdNote } from '../../components/LanIdNote'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'
import { PartBlockedNotice } from './PartBlockedNotice'
import { PortalNoticeLine } from './PortalNoticeLine'
import { portalAddress, type PortalEntry } from './portal-address'
import { PortalKeyboard } from './PortalKeyboard'
import { useFillViewportOutsideShell } from './use-fill-viewport'
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
 *
 * The page is the task here, so it takes every pixel our slim parts do not need: one title
 * line, the page, one bar (Back, "More", the way on) and, when open, the keyboard (docked under
 * the page in portrait, beside it in landscape: HandoffScreen.css). Secondary text (the page's
 * address, the information-page note, what the pre-fill did) waits behind "More"; opening it
 * takes its space from the page, never covers it (the view is painted above our UI).
 */
export function HandoffScreen(props: HandoffScreenProps) {
  const { portal, entry, keyboardOpen, covered } = props
  const { t } = useTranslation('handoff')
  const info = useKioskInfo()
  const area = useRef<HTMLDivElement>(null)
  const root = useRef<HTMLDivElement>(null)
  const [moreOpen, setMoreOpen] = useState(false)
  const [prefilled, setPrefilled] = useState<number | null | undefined>(undefined)
  const moreId = useId()
  const { status, reopen, retry } = usePortalStatus(portal.id, entry)
  const showsPage = status.state === 'loading' || status.state === 'ready'
  const keyboardShown = keyboardOpen && showsPage
  const partBlocked = showsPage && status.partBlocked === true
  const notice = showsPage ? status.notice : undefined
  usePortalBounds(
    area,
    showsPage && !covered,
    `${String(keyboardShown)}|${String(moreOpen)}|${String(partBlocked)}|${String(prefilled)}|${String(notice)}`,
  )
  useFillViewportOutsideShell(root)
  const address = portalAddress(portal, entry)
  // An address IT has not confirmed (`verify`) is never called "official" (issue 11, item 4).
  const unverified = portal.verify
  const informationPage = showsPage && portal.addressKind === 'information-page'

  return (
    <div ref={root} className={`kiosk-handoff${keyboardShown ? ' kiosk-handoff--keyboard' : ''}`}>
      <Screen title={unverified ? t('title') : t('official.title')} eyebrow={props.eyebrow}>
        {/* On the title's line, so it costs no height of its own. */}
        <div className="kiosk-handoff__tools">
          {showsPage && (
            <Button
              variant="secondary"
              aria-expanded={moreOpen}
              aria-controls={moreOpen ? moreId : undefined}
              onClick={() => setMoreOpen((open) => !open)}
            >
              {moreOpen ? t('more.hide') : t('more.show')}
            </Button>
          )}
        </div>
        <div className="kiosk-handoff__body">
          <div className="kiosk-handoff__main">
            {/* Everything but the area sits outside it: the official page paints over the area. */}
            {moreOpen && showsPage && (
              <div
                id={moreId}
                className="kiosk-handoff__more"
                role="region"
                aria-label={t('more.label')}
              >
                <p>
                  {t('more.address')} <span className="kiosk-address">{address}</span>
                </p>
                {informationPage && <p>{t('informationPage')}</p>}
                <p>{unverified ? t('keyboardTip') : t('official.keyboardTip')}</p>
              </div>
            )}
            {informationPage && !moreOpen && (
              <p className="kiosk-handoff__line kiosk-hint">{t('informationPage')}</p>
            )}
            {prefilled !== undefined && (
              <p role="status" className="kiosk-handoff__line">
                {prefilled !== null && prefilled > 0
                  ? t('prefill.filled', { count: prefilled })
                  : t('prefill.none')}
              </p>
            )}
            <div ref={area} className="kiosk-portal-area">
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
                      {t('blocked.origin')}{' '}
                      <span className="kiosk-address">{status.blockedOrigin}</span>
                    </p>
                  )}
                  <div className="kiosk-row">
                    <Button onClick={reopen}>
                      {unverified ? t('blocked.back') : t('official.back')}
                    </Button>
                  </div>
                  {/* An off-list page may be an employee sign-in (LAN ID): not for patients. */}
                  <LanIdNote />
                </div>
              )}
            </div>
            {partBlocked && <PartBlockedNotice />}
            {notice !== undefined && <PortalNoticeLine notice={notice} />}
            {/* One short line under the page; the keyboard takes its place when open. */}
            {!keyboardShown && showsPage && (
              <p className="kiosk-handoff__line kiosk-handoff__tip kiosk-hint">
                {unverified ? t('keyboardTip') : t('official.keyboardTip')}
              </p>
            )}
            {props.onPrefill !== undefined && status.state === 'ready' && (
              <Button
                variant="secondary"
                onClick={() => void props.onPrefill?.().then(setPrefilled)}
              >
                {t('prefill.button')}
              </Button>
            )}
          </div>
          {keyboardShown && (
            <KeyboardDock placement="inline">
              <PortalKeyboard
                activationCode={props.activationCode}
                onDone={() => props.onKeyboardOpenChange(false)}
              />
            </KeyboardDock>
          )}
        </div>
        {/* In the kiosk shell these join its one slim bottom bar (StepActions renders there). */}
        <StepActions onBack={props.onBack}>
          <Button onClick={props.onFinished}>{t('finished')}</Button>
        </StepActions>
      </Screen>
    </div>
  )
}
