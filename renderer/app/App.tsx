import type { i18n as I18n } from 'i18next'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'

import type { SessionView } from '../../shared/ipc/session-channels'
import type { KioskBridge } from '../../shared/ipc/kiosk-bridge'
import { BridgeContext, useBridge } from '../bridge/kiosk-bridge'
import { applyDocumentLanguage } from '../i18n/document-language'
import { IdleWarningDialog } from '../features/idle-warning/IdleWarningDialog'
import { SessionStatusScreen } from '../features/session-status/SessionStatusScreen'
import { StaffMode } from '../features/staff/StaffMode'
import { WelcomeScreen } from '../features/welcome/WelcomeScreen'
import { BootSnapshotContext, type BootSnapshot } from '../kiosk-state/boot-snapshot'
import { ConfirmUiReset } from './confirm-ui-reset'
import { LazyListenControl } from './LazyListenControl'
import { DisplayPreferencesProvider } from '../display/display-preferences'
import { useKeypad } from './keypad/use-keypad'
import { useKeptSettings, type KeptSettings } from './kept-settings'
import { loadChunk } from './lazy-chunks'
import { useActivityReporter } from './use-activity-reporter'
import { useKioskInfo } from '../kiosk-state/use-kiosk-info'
import type { PublicConfigState } from '../kiosk-state/public-config-state'
import { usePublicConfig } from '../kiosk-state/use-public-config'
import { useSessionView } from './use-session-view'
import { ScreenSettingsButton } from './ScreenSettingsButton'
import { InBandTools, ShellSlotsContext } from './shell-slots'

// Split points: the attract screen loads first; the patient flow (forms, zod, the keyboard, QR)
// and the "not configured" screen are separate chunks, fetched right after the first paint.
const loadPatientFlow = () => loadChunk(() => import('./patient-flow/PatientFlow'))
const PatientFlow = lazy(() =>
  loadPatientFlow().then((module) => ({ default: module.PatientFlow })),
)
const ConfigErrorScreen = lazy(() =>
  loadChunk(() => import('../features/config-error/ConfigErrorScreen')).then((module) => ({
    default: module.ConfigErrorScreen,
  })),
)

export interface AppProps {
  readonly bridge: KioskBridge
  readonly i18n: I18n
  /** Main's answers from before the first render (main.tsx), so it can hydrate index.html. */
  readonly initial?: BootSnapshot
}

export function App({ bridge, i18n, initial }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <BridgeContext.Provider value={bridge}>
        <BootSnapshotContext.Provider value={initial ?? null}>
          <KioskShell />
        </BootSnapshotContext.Provider>
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
  const config = usePublicConfig(generation)
  const [staffOpen, setStaffOpen] = useState(false)
  useActivityReporter(bridge, view !== null && view.phase !== 'attract')
  useKeypad()
  const kept = useKeptSettings(
    view,
    useCallback((language) => void bridge.startSession({ language }), [bridge]),
  )
  const keptNow = kept.forGeneration(generation)
  useLanguagePerPatient(
    generation,
    config,
    keptNow?.language ?? null,
    (language) => void i18n.changeLanguage(language),
  )
  // Before paint, so a right-to-left language never shows one frame of the mirrored layout's
  // opposite (a layout effect does nothing on the server, where the prerender has no document).
  useLayoutEffect(() => {
    applyDocumentLanguage(document.documentElement, i18n.language)
  }, [i18n.language])
  const [progress, setProgress] = useState<HTMLDivElement | null>(null)
  const [compact, setCompact] = useState(false)
  const [tools, setTools] = useState<HTMLDivElement | null>(null)
  const slots = useMemo(() => ({ progress, tools, setCompact }), [progress, tools])
  useEffect(() => {
    // Warm the flow's chunk while the patient reads the welcome screen.
    void loadPatientFlow()
  }, [])

  const showsSettings =
    view !== null &&
    (view.phase === 'attract' || view.phase === 'active') &&
    config.status === 'ready'

  return (
    // The shell is exactly the viewport, a column: the top band, then the phase's screen, whose
    // content region scrolls inside itself (README, "Layout"). On the hand-off it is compact.
    <div className="kiosk-shell" data-layout={compact ? 'compact' : 'full'}>
      {/* The display settings wrap the shell so the top band can offer them; they still belong
          to one patient: a new generation resets them (display-preferences.tsx). */}
      <DisplayPreferencesProvider initial={keptNow} session={generation}>
        {/* One banner landmark, the top band: the preview note (preview only), the clinic name
            (also the hidden staff entry), the step indicator and the screen settings. Staff
            overlays live here, outside the per-patient tree, so a reset from the panel does not
            close the panel. */}
        <header className="kiosk-header">
          {info?.runtime === 'preview' && (
            <div className="preview-banner">
              <p role="note">{t('previewBanner')}</p>
            </div>
          )}
          <StaffMode
            configError={view?.phase === 'config-error'}
            currentConfig={config.status === 'ready' ? config.config : null}
            onOpenChange={setStaffOpen}
          />
          <div ref={setProgress} className="kiosk-band__progress" />
          <div className="kiosk-band__tools">
            {/* Listen stays usable over every dialog (it is drawn above their backdrop, the
                idle warning's too) and reads the dialog that is open (read-screen.ts). */}
            <div ref={setTools} className="kiosk-band__listen" />
            {showsSettings && <ScreenSettingsButton />}
          </div>
        </header>
        {/* Keyed on the generation: a wipe mounts a brand-new tree, so no state of the previous
            patient (form values, choices) can survive into the next session. */}
        <main key={generation} className="kiosk-main">
          <ShellSlotsContext.Provider value={slots}>
            {/* While the idle warning shows, the screen under it is inert (not focusable, hidden
                from assistive technology); main hides the portal view at the same time. */}
            <div className="kiosk-phase" inert={view?.phase === 'warning'}>
              <Suspense fallback={<SessionStatusScreen status="loading" />}>
                <PhaseScreen
                  view={view}
                  config={config}
                  overlaid={staffOpen}
                  onStartOver={(settings) => {
                    kept.keep(settings)
                    void bridge.endSession({ reason: 'start-over' })
                  }}
                />
              </Suspense>
            </div>
          </ShellSlotsContext.Provider>
          {view?.phase === 'warning' && view.warningEndsAt !== undefined && (
            <IdleWarningDialog
              warningEndsAt={view.warningEndsAt}
              extensionsLeft={view.extensionsLeft ?? 0}
              onMoreTime={() => void bridge.requestMoreTime()}
              onEndNow={() => void bridge.endSession({ reason: 'patient-done' })}
            />
          )}
        </main>
      </DisplayPreferencesProvider>
    </div>
  )
}

interface PhaseScreenProps {
  readonly view: SessionView | null
  readonly config: PublicConfigState
  /** A staff overlay is open above the screen: the portal page must not paint over it. */
  readonly overlaid: boolean
  /** "Start over" (confirmed): erase, keeping only the language and screen settings. */
  readonly onStartOver: (settings: KeptSettings) => void
}

function PhaseScreen({ view, config, overlaid, onStartOver }: PhaseScreenProps) {
  const bridge = useBridge()
  if (view === null) return <SessionStatusScreen status="loading" />
  switch (view.phase) {
    case 'attract':
      if (config.status === 'loading') return <SessionStatusScreen status="loading" />
      if (config.status === 'unavailable') return <SessionStatusScreen status="out-of-order" />
      return (
        <>
          <InBandTools>
            <LazyListenControl screenKey="welcome" />
          </InBandTools>
          <WelcomeScreen
            languages={config.config.languages.enabled}
            clinicName={config.config.clinicName}
            logo={config.config.clinicLogo}
            onStart={(language) => void bridge.startSession({ language })}
          />
        </>
      )
    case 'active':
    case 'warning':
      return (
        <PatientFlow
          config={config}
          onDone={() => void bridge.endSession({ reason: 'patient-done' })}
          onStartOver={onStartOver}
          idleWarning={view.phase === 'warning'}
          portalCovered={view.phase === 'warning' || overlaid}
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

/**
 * Each new generation (a new patient, or a configuration reload between patients) starts in
 * the clinic's default language, once that configuration is known — or, after "Start over", in
 * the language the patient had chosen.
 */
function useLanguagePerPatient(
  generation: number,
  config: PublicConfigState,
  keptLanguage: string | null,
  change: (language: string) => void,
): void {
  const applied = useRef(-1)
  const defaultLanguage = config.status === 'ready' ? config.config.languages.default : null
  const enabled = config.status === 'ready' ? config.config.languages.enabled : []
  const language =
    keptLanguage !== null && (enabled as readonly string[]).includes(keptLanguage)
      ? keptLanguage
      : defaultLanguage
  useEffect(() => {
    if (language === null || applied.current === generation) return
    applied.current = generation
    change(language)
  }, [generation, language, change])
}
