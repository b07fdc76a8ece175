import type { i18n as I18n } from 'i18next'
import { useEffect, useRef } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'

import type { SessionView } from '../../shared/ipc/session-channels'
import type { KioskBridge } from '../../shared/ipc/kiosk-bridge'
import { supportedLanguages } from '../../shared/languages'
import { BridgeContext, useBridge } from '../bridge/kiosk-bridge'
import { IdleWarningDialog } from '../features/idle-warning/IdleWarningDialog'
import { ConfigErrorScreen } from '../features/config-error/ConfigErrorScreen'
import { PatientFlow } from '../features/patient-flow/PatientFlow'
import { SessionStatusScreen } from '../features/session-status/SessionStatusScreen'
import { StaffMode } from '../features/staff/StaffMode'
import { WelcomeScreen } from '../features/welcome/WelcomeScreen'
import { defaultLanguage } from '../i18n/i18n'
import { ConfirmUiReset } from './confirm-ui-reset'
import { DisplayPreferencesProvider } from './display-preferences'
import { useActivityReporter } from './use-activity-reporter'
import { useKioskInfo } from './use-kiosk-info'
import { useSessionView } from './use-session-view'

export interface AppProps {
  readonly bridge: KioskBridge
  readonly i18n: I18n
}

export function App({ bridge, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <BridgeContext.Provider value={bridge}>
        <KioskShell />
      </BridgeContext.Provider>
    </I18nextProvider>
  )
}

function KioskShell() {
  const bridge = useBridge()
  const { t, i18n } = useTranslation('common')
  const info = useKioskInfo()
  const view = useSessionView()
  const generation = view?.generation ?? 0
  useActivityReporter(bridge, view !== null && view.phase !== 'attract')
  useLanguageResetPerPatient(generation, () => void i18n.changeLanguage(defaultLanguage))
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])

  return (
    <>
      {/* One banner landmark: the preview note (preview only) and the clinic name, which is
          also the hidden staff entry. Staff overlays live here, outside the per-patient tree,
          so a reset from the panel does not close the panel. */}
      <header className="kiosk-header">
        {info?.runtime === 'preview' && (
          <div className="preview-banner">
            <p role="note">{t('previewBanner')}</p>
          </div>
        )}
        <StaffMode configError={view?.phase === 'config-error'} />
      </header>
      {/* Keyed on the generation: a wipe mounts a brand-new tree, so no state of the previous
          patient (form values, choices, display settings) can survive into the next session. */}
      <main key={generation} className="kiosk-main">
        <DisplayPreferencesProvider>
          {/* While the idle warning shows, the screen under it is inert (not focusable, hidden
              from assistive technology); main hides the portal view at the same time. */}
          <div className="kiosk-phase" inert={view?.phase === 'warning'}>
            <PhaseScreen view={view} />
          </div>
          {view?.phase === 'warning' && view.warningEndsAt !== undefined && (
            <IdleWarningDialog
              warningEndsAt={view.warningEndsAt}
              extensionsLeft={view.extensionsLeft ?? 0}
              onMoreTime={() => void bridge.requestMoreTime()}
              onEndNow={() => void bridge.endSession({ reason: 'patient-done' })}
            />
          )}
        </DisplayPreferencesProvider>
      </main>
    </>
  )
}

function PhaseScreen({ view }: { readonly view: SessionView | null }) {
  const bridge = useBridge()
  if (view === null) return <SessionStatusScreen status="loading" />
  switch (view.phase) {
    case 'attract':
      return (
        <WelcomeScreen
          languages={supportedLanguages}
          onStart={(language) => void bridge.startSession({ language })}
        />
      )
    case 'active':
    case 'warning':
      return (
        <PatientFlow
          onDone={() => void bridge.endSession({ reason: 'patient-done' })}
          portalCovered={view.phase === 'warning'}
        />
      )
    case 'wiping':
      return (
        <>
          <SessionStatusScreen status="wiping" />
          <ConfirmUiReset generation={view.generation} />
        </>
      )
    case 'out-of-order':
      return <SessionStatusScreen status="out-of-order" />
    case 'config-error':
      return <ConfigErrorScreen />
  }
}

/** Back to the default language whenever a new patient's session begins. */
function useLanguageResetPerPatient(generation: number, reset: () => void): void {
  const seen = useRef(generation)
  useEffect(() => {
    if (seen.current === generation) return
    seen.current = generation
    reset()
  }, [generation, reset])
}
