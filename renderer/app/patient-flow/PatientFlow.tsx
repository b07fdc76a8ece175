import { useEffect, useReducer, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { isSupportedLanguage, type LanguageCode } from '../../../shared/languages'
import { useBridge } from '../../bridge/kiosk-bridge'
import { Screen } from '../../components/Screen'
import { SessionBar } from './SessionBar'
import { StepRouter } from './StepRouter'
import { OverlayScreen } from './OverlayScreen'
import { currentStep, flowReducer, initialFlowState, type FlowState } from './flow-state'
import type { PublicConfigState } from '../use-public-config'

export interface PatientFlowProps {
  /** "I'm done": erase this patient's session (main wipes, the tree remounts). */
  readonly onDone: () => void
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
export function PatientFlow({ onDone, portalCovered = false, config }: PatientFlowProps) {
  const { t, i18n } = useTranslation('flow')
  const bridge = useBridge()
  const language: LanguageCode = isSupportedLanguage(i18n.language) ? i18n.language : 'en'
  const [state, dispatch] = useReducer(flowReducer, initialFlowState)
  const [keyboardOpen, setKeyboardOpen] = useState(false)
  const step = currentStep(state)
  const startOver = () => void bridge.endSession({ reason: 'start-over' })
  useFocusReturnAfterOverlay(state)

  const bar = (
    <SessionBar
      onOverlay={(overlay) => dispatch({ type: 'overlay', overlay })}
      onStartOver={startOver}
      onImDone={onDone}
      showImDone={step !== 'done'}
      {...(step === 'handoff' && state.overlay === null
        ? { keyboard: { open: keyboardOpen, onOpenChange: setKeyboardOpen } }
        : {})}
    />
  )

  if (config.status !== 'ready') {
    return (
      <>
        {bar}
        <Screen title={t(config.status === 'loading' ? 'loading' : 'unavailable.title')}>
          {config.status === 'unavailable' && <p role="alert">{t('unavailable.body')}</p>}
        </Screen>
      </>
    )
  }

  return (
    <>
      {bar}
      <div hidden={state.overlay !== null} data-step={step}>
        <StepRouter
          config={config.config}
          language={language}
          state={state}
          dispatch={dispatch}
          keyboardOpen={keyboardOpen}
          onKeyboardOpenChange={setKeyboardOpen}
          portalCovered={portalCovered || state.overlay !== null}
          onStartOver={startOver}
          onDone={onDone}
        />
      </div>
      {state.overlay !== null && (
        <OverlayScreen
          overlay={state.overlay}
          support={config.config.support}
          language={language}
          onClose={() => dispatch({ type: 'overlay', overlay: null })}
          onOverlay={(overlay) => dispatch({ type: 'overlay', overlay })}
        />
      )}
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
