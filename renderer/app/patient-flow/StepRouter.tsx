import type { Dispatch } from 'react'

import {
  personalFields,
  toActivationInput,
  type ActivationInput,
} from '../../../shared/activation/activation-schema'
import type { PublicConfig, PublicPortal } from '../../../shared/config/public-config'
import type { KioskBridge } from '../../../shared/ipc/kiosk-bridge'
import type { LanguageCode } from '../../../shared/languages'
import { useBridge } from '../../bridge/kiosk-bridge'
import { AccountHolderScreen } from '../../features/account-holder/AccountHolderScreen'
import { CaregiverScreen } from '../../features/account-holder/CaregiverScreen'
import { TeenScreen } from '../../features/account-holder/TeenScreen'
import { ActivationCodeStep } from '../../features/activation/ActivationCodeStep'
import { ActivationForm } from '../../features/activation/ActivationForm'
import { DoneScreen } from '../../features/done/DoneScreen'
import { HandoffScreen } from '../../features/handoff/HandoffScreen'
import { portalAddress } from '../../features/handoff/portal-address'
import { NotSureScreen } from '../../features/portal-choice/NotSureScreen'
import { PortalChoiceScreen } from '../../features/portal-choice/PortalChoiceScreen'
import { OwnPhoneScreen } from '../../features/own-phone/OwnPhoneScreen'
import { PortalFeaturesScreen } from '../../features/portal-features/PortalFeaturesScreen'
import { PrivacyTipsScreen } from '../../features/privacy-tips/PrivacyTipsScreen'
import { NoCodeScreen } from '../../features/readiness/NoCodeScreen'
import { ReadinessScreen } from '../../features/readiness/ReadinessScreen'
import { currentStep, type FlowAction, type FlowState, type Overlay } from './flow-state'

export interface StepRouterProps {
  readonly config: PublicConfig
  readonly language: LanguageCode
  readonly state: FlowState
  readonly dispatch: Dispatch<FlowAction>
  readonly keyboardOpen: boolean
  readonly onKeyboardOpenChange: (open: boolean) => void
  readonly portalCovered: boolean
  /** Back on the first step: leave for the language screen (asks first). */
  readonly onLeave: () => void
  readonly onDone: () => void
}

/** The details the full form asks for: the ones the portal's official form can take. */
const askedFields = (portal: PublicPortal) =>
  personalFields.filter((field) => portal.prefillFields.includes(field))

/** Renders the current step and turns each answer into the next step. */
export function StepRouter(props: StepRouterProps) {
  const { config, language, state, dispatch } = props
  const bridge = useBridge()
  const step = currentStep(state)
  const back = () => dispatch({ type: 'back' })
  const overlay = (which: Overlay) => () => dispatch({ type: 'overlay', overlay: which })
  const portal = config.portals.find((candidate) => candidate.id === state.portalId)

  switch (step) {
    case 'portal':
      return (
        <PortalChoiceScreen
          portals={config.portals}
          language={language}
          initial={state.portalId}
          onChoose={(portalId) =>
            dispatch({ type: 'go', step: 'account-holder', answers: { portalId } })
          }
          onNotSure={() => dispatch({ type: 'go', step: 'portal-not-sure' })}
          // The first step's Back returns to the language screen, which starts a fresh session.
          onBack={props.onLeave}
        />
      )
    case 'portal-not-sure':
      return (
        <NotSureScreen
          config={config}
          language={language}
          onChoose={(portalId) =>
            dispatch({ type: 'go', step: 'account-holder', answers: { portalId } })
          }
          onStaffHelp={overlay('staff-help')}
          onBack={back}
        />
      )
    case 'account-holder':
      return (
        <AccountHolderScreen
          initial={state.accountHolder}
          onChoose={(holder) =>
            dispatch({
              type: 'go',
              step: holder === 'self' ? 'readiness' : holder === 'caregiver' ? 'caregiver' : 'teen',
              answers: { accountHolder: holder },
            })
          }
          onBack={back}
        />
      )
    case 'caregiver':
      return (
        <CaregiverScreen
          frontDesk={config.frontDesk}
          onOwnAccount={() => dispatch({ type: 'go', step: 'readiness' })}
          onTeenPath={() =>
            dispatch({ type: 'go', step: 'teen', answers: { accountHolder: 'teen' } })
          }
          onStaffHelp={overlay('staff-help')}
          onBack={back}
        />
      )
    case 'teen':
      return (
        <TeenScreen
          support={config.support}
          frontDesk={config.frontDesk}
          language={language}
          onContinueWithCode={() => dispatch({ type: 'go', step: 'readiness' })}
          onStaffHelp={overlay('staff-help')}
          onBack={back}
        />
      )
    case 'readiness':
      return (
        <ReadinessScreen
          initial={state.readiness}
          {...(portal === undefined ? {} : { codeShape: portal.activationCodeShape })}
          onContinue={(readiness) =>
            dispatch({
              type: 'go',
              step: readiness.hasCode ? 'details' : 'no-code',
              answers: { readiness, entry: 'sign-up' },
            })
          }
          onBack={back}
        />
      )
    case 'no-code':
      if (portal === undefined) return null
      return (
        <NoCodeScreen
          portal={portal}
          support={config.support}
          frontDesk={config.frontDesk}
          language={language}
          // Each button opens the page it names: straight to the hand-off.
          onSelfSignup={() =>
            dispatch({
              type: 'go',
              step: 'handoff',
              answers: { entry: 'self-signup', details: null, activationCode: null },
            })
          }
          onOfficialPage={() =>
            dispatch({
              type: 'go',
              step: 'handoff',
              answers: { entry: 'sign-up', details: null, activationCode: null },
            })
          }
          onStaffHelp={overlay('staff-help')}
          onBack={back}
        />
      )
    case 'details':
      if (portal === undefined) return null
      // Minimum necessary: the full form only where the kiosk can fill in the official form.
      if (!portal.canPrefill)
        return (
          <ActivationCodeStep
            codeShape={portal.activationCodeShape}
            forTeen={state.accountHolder === 'teen'}
            draft={state.codeDraft}
            onSubmit={(activationCode, codeDraft) =>
              dispatch({ type: 'go', step: 'features', answers: { activationCode, codeDraft } })
            }
            onBack={(codeDraft) => dispatch({ type: 'back', answers: { codeDraft } })}
          />
        )
      return (
        <ActivationForm
          accountHolder={state.accountHolder ?? 'self'}
          codeShape={portal.activationCodeShape}
          asked={askedFields(portal)}
          draft={state.draft}
          onSubmit={(details, draft) =>
            dispatch({ type: 'go', step: 'features', answers: { details, draft } })
          }
          onChangeHolder={(holder, draft) =>
            dispatch({
              type: 'go',
              step: holder === 'teen' ? 'teen' : 'readiness',
              answers: { accountHolder: holder, draft },
            })
          }
          onBack={(draft) => dispatch({ type: 'back', answers: { draft } })}
        />
      )
    case 'features':
      return (
        <PortalFeaturesScreen
          onContinue={() => dispatch({ type: 'go', step: 'privacy' })}
          onBack={back}
        />
      )
    case 'privacy':
      return (
        <PrivacyTipsScreen
          onContinue={() => dispatch({ type: 'go', step: 'handoff' })}
          unverified={portal?.verify ?? true}
          onOwnPhone={() => dispatch({ type: 'go', step: 'own-phone' })}
          onBack={back}
        />
      )
    case 'own-phone':
      if (portal === undefined) return null
      return (
        <OwnPhoneScreen
          address={portalAddress(portal, state.entry)}
          informationPage={portal.addressKind === 'information-page'}
          onEndHere={() => void bridge.endSession({ reason: 'own-phone' })}
          onBack={back}
        />
      )
    case 'handoff':
      if (portal === undefined) return null
      return (
        <HandoffScreen
          portal={portal}
          entry={state.entry}
          activationCode={state.details?.activationCode ?? state.activationCode}
          {...(portal.canPrefill && state.details !== null
            ? { onPrefill: prefillFrom(bridge, toActivationInput(state.details)) }
            : {})}
          keyboardOpen={props.keyboardOpen}
          onKeyboardOpenChange={props.onKeyboardOpenChange}
          covered={props.portalCovered}
          onFinished={() => {
            // Close the signed-in portal at once; main refuses to open it again for this session.
            void bridge.finishPortal()
            dispatch({ type: 'go', step: 'done' })
          }}
          onHelp={overlay('help')}
          onBack={back}
        />
      )
    case 'done':
      if (portal === undefined) return null
      return (
        <DoneScreen
          address={portal.signInUrl}
          unverified={portal.verify}
          informationPage={portal.addressKind === 'information-page'}
          onErase={props.onDone}
          countdownSeconds={config.timing.doneSeconds}
        />
      )
  }
}

/** Asks main to fill the official form; main checks the details with the same schema. */
function prefillFrom(bridge: KioskBridge, details: ActivationInput) {
  return async (): Promise<number | null> => {
    const result = await bridge.prefillPortal({ details })
    return result.ok ? result.value.filled : null
  }
}
