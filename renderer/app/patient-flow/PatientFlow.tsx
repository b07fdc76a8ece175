import { useEffect, useReducer, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { PublicConfig } from '../../../shared/config/public-config'
import { isSupportedLanguage, type LanguageCode } from '../../../shared/languages'
import { useBridge } from '../../bridge/kiosk-bridge'
import { ActionBarContext } from '../../components/action-bar-slot'
import { Screen } from '../../components/Screen'
import { useDisplayPreferences } from '../../display/display-preferences'
import { InBandTools, useCompactShell } from '../shell-slots'
import { LazyListenControl } from '../LazyListenControl'
import type { KeptSettings } from '../kept-settings'
import { EndingConfirmation, type Ending } from './EndingConfirmation'
import { SessionBar } from './SessionBar'
import { StepIndicator } from './StepIndicator'
import { useDockHeight } from './use-dock-height'
import { StepRouter } from './StepRouter'
import { OverlayScreen } from './OverlayScreen'
import { currentStep, flowReducer, initialFlowState, type FlowState } from './flow-state'
import type { PublicConfigState } from '../../kiosk-state/public-config-state'

export interface PatientFlowProps {
  /** "I'm done": erase this patient's session (main wipes, the tree remounts). */
  readonly onDone: () => void
  /**
   * "Start over", confirmed: erase, keeping the language and screen settings. Without it (tests
   * of the flow alone) the session simply ends with the start-over reason.
   */
  readonly onStartOver?: (settings: KeptSettings) => void
  /** The idle warning is showing: an open "are you sure?" question closes (nothing erased). */
  readonly idleWarning?: boolean
  /** Something outside the flow covers the screen (e.g. the idle warning): hide the portal. */
  readonly portalCovered?: boolean
  /** The clinic's portals, help line and languages (read by the app once per generation). */
  readonly config: PublicConfigState
}

/**
 * The patient's guided steps, with the session bar on every one of them. This is the
 * composition point of the patient feature screens (they never import each other): it holds the
 * answers in React state, routes between steps, and shows Help and the other overlays on top.
 */
export function PatientFlow({
  onDone,
  onStartOver,
  idleWarning = false,
  portalCovered = false,
  config,
}: PatientFlowProps) {
  const { t, i18n } = useTranslation('flow')
  const bridge = useBridge()
  const display = useDisplayPreferences()
  const language: LanguageCode = isSupportedLanguage(i18n.language) ? i18n.language : 'en'
  const [state, dispatch] = useReducer(flowReducer, initialFlowState)
  const [keyboardOpen, setKeyboardOpen] = useState(false)
  // Which erasing action waits for the patient's "yes" (nothing is erased before it).
  const [asking, setAsking] = useState<Ending | null>(null)
  const step = currentStep(state)
  useFocusReturnAfterOverlay(state)
  // The idle warning takes over the screen: the question is dropped, the patient's work kept
  // (state adjusted while rendering, as React recommends over an effect).
  const [warned, setWarned] = useState(idleWarning)
  if (warned !== idleWarning) {
    setWarned(idleWarning)
    if (idleWarning) setAsking(null)
  }

  const erase = (ending: Ending) => {
    if (ending === 'im-done') return onDone()
    // Back on the first step lands on the welcome screen, which the next person in line sees:
    // nothing of this patient's is carried there (only "Start over" keeps their settings, and
    // only into the session it opens at once).
    if (ending === 'leave' || onStartOver === undefined) {
      void bridge.endSession({ reason: 'start-over' })
      return
    }
    const settings: KeptSettings = {
      language,
      largeText: display.largeText,
      highContrast: display.highContrast,
    }
    onStartOver(settings)
  }

  const [actionBar, setActionBar] = useState<HTMLDivElement | null>(null)
  // The hand-off gives the official page the height: a slim top line and one slim bottom bar.
  const handoff = step === 'handoff' && state.overlay === null && config.status === 'ready'
  // On the hand-off the keyboard and the portal share the screen their own way (handoff/*);
  // on a form step the docked keyboard lifts the bars above it, and the shell goes compact too,
  // so the field being typed in keeps some room.
  const docked = useDockHeight()
  const dockHeight = handoff ? 0 : docked
  useCompactShell(handoff || dockHeight > 0)
  const bar = (
    <SessionBar
      onOverlay={(overlay) => dispatch({ type: 'overlay', overlay })}
      onStartOver={() => setAsking('start-over')}
      onImDone={() => setAsking('im-done')}
      showImDone={step !== 'done'}
      {...(step === 'handoff' && state.overlay === null
        ? { keyboard: { open: keyboardOpen, onOpenChange: setKeyboardOpen } }
        : {})}
    />
  )
  // Fixed at the bottom, the same on every step: the step's actions (StepActions renders into
  // the first bar), then the quieter session strip, apart from the primary action.
  const bottom = (
    <div
      className="kiosk-bottom"
      data-keyboard={dockHeight > 0 ? 'docked' : undefined}
      style={dockHeight > 0 ? { marginBottom: dockHeight } : undefined}
    >
      <div ref={setActionBar} className="kiosk-action-bar" />
      {bar}
    </div>
  )

  // "Listen" (issue 14): one control for every step; it reads whatever screen is on show.
  const listen = (
    <InBandTools>
      <LazyListenControl
        screenKey={[step, state.overlay, asking, idleWarning].join('|')}
        offerCodeReadBack={step === 'details' && state.overlay === null && asking === null}
      />
    </InBandTools>
  )

  if (config.status !== 'ready') {
    return (
      <>
        {listen}
        {asking !== null && (
          <EndingConfirmation
            ending={asking}
            onKeep={() => setAsking(null)}
            onConfirm={() => erase(asking)}
          />
        )}
        <Screen title={t(config.status === 'loading' ? 'loading' : 'unavailable.title')}>
          {config.status === 'unavailable' && <p role="alert">{t('unavailable.body')}</p>}
        </Screen>
        {bottom}
      </>
    )
  }

  return (
    <>
      <StepIndicator step={step} />
      {listen}
      <div hidden={state.overlay !== null} data-step={step} className="kiosk-flow__step">
        {/* A step hidden under Help keeps its actions with it (hidden too). */}
        <ActionBarContext.Provider value={state.overlay === null ? actionBar : null}>
          <StepRouter
            config={config.config}
            language={language}
            state={state}
            dispatch={dispatch}
            keyboardOpen={keyboardOpen}
            onKeyboardOpenChange={setKeyboardOpen}
            portalCovered={portalCovered || state.overlay !== null || asking !== null}
            onLeave={() => setAsking('leave')}
            onDone={onDone}
          />
        </ActionBarContext.Provider>
      </div>
      {asking !== null && (
        <EndingConfirmation
          ending={asking}
          onKeep={() => setAsking(null)}
          onConfirm={() => erase(asking)}
        />
      )}
      {state.overlay !== null && (
        <ActionBarContext.Provider value={actionBar}>
          <OverlayScreen
            overlay={state.overlay}
            support={config.config.support}
            portals={overlayPortals(config.config.portals, state.portalId)}
            language={language}
            onClose={() => dispatch({ type: 'overlay', overlay: null })}
            onOverlay={(overlay) => dispatch({ type: 'overlay', overlay })}
          />
        </ActionBarContext.Provider>
      )}
      {bottom}
    </>
  )
}

/** After Help (or another overlay) closes, put focus back at the top of the step underneath. */
function useFocusReturnAfterOverlay(state: FlowState): void {
  const previous = useRef(state.overlay)
  useEffect(() => {
    if (previous.current !== null && state.overlay === null) {
      document.querySelector<HTMLElement>('[data-step] h1')?.focus()
    }
    previous.current = state.overlay
  }, [state.overlay])
}

/** The chosen portal for the overlays' take-home address; before a choice, every portal. */
function overlayPortals(portals: PublicConfig['portals'], portalId: string | null) {
  const chosen = portals.filter((portal) => portal.id === portalId)
  return chosen.length > 0 ? chosen : portals
}
