import type { AccountHolder } from '../../../shared/activation/account-holder'
import type {
  ActivationDetails,
  ActivationInput,
} from '../../../shared/activation/activation-schema'
import type { PortalEntry } from '../../features/handoff/portal-address'
import { noReadinessAnswers, type ReadinessAnswers } from '../../features/readiness/ReadinessScreen'

/**
 * The patient's path through the steps, as plain React state (a reducer in PatientFlow). It is
 * never stored anywhere else; the whole tree is remounted when the session is erased.
 */
export type Step =
  | 'portal'
  | 'portal-not-sure'
  | 'account-holder'
  | 'caregiver'
  | 'teen'
  | 'readiness'
  | 'no-code'
  | 'details'
  | 'features'
  | 'privacy'
  | 'own-phone'
  | 'handoff'
  | 'done'

/** Shown over any step; the step stays mounted underneath, so nothing typed is lost. */
export type Overlay = 'help' | 'sign-in-trouble' | 'staff-help' | 'features'

export interface FlowState {
  /** Steps visited, the current one last: Back pops it. */
  readonly history: readonly Step[]
  readonly overlay: Overlay | null
  readonly portalId: string | null
  readonly accountHolder: AccountHolder | null
  readonly readiness: ReadinessAnswers
  readonly entry: PortalEntry
  /** The full details form (only for a portal with pre-fill set up). */
  readonly draft: ActivationInput | null
  readonly details: ActivationDetails | null
  /** The code-only step (no pre-fill): what was typed, and the code "Insert my code" types. */
  readonly codeDraft: string | null
  readonly activationCode: string | null
}

export const initialFlowState: FlowState = {
  history: ['portal'],
  overlay: null,
  portalId: null,
  accountHolder: null,
  readiness: noReadinessAnswers,
  entry: 'sign-up',
  draft: null,
  details: null,
  codeDraft: null,
  activationCode: null,
}

type Answers = Partial<Omit<FlowState, 'history' | 'overlay'>>

export type FlowAction =
  | { readonly type: 'go'; readonly step: Step; readonly answers?: Answers }
  | { readonly type: 'back'; readonly answers?: Answers }
  | { readonly type: 'overlay'; readonly overlay: Overlay | null }

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'go':
      return {
        ...state,
        ...action.answers,
        overlay: null,
        history: [...state.history, action.step],
      }
    case 'back':
      return {
        ...state,
        ...action.answers,
        overlay: null,
        history: state.history.length > 1 ? state.history.slice(0, -1) : state.history,
      }
    case 'overlay':
      return { ...state, overlay: action.overlay }
  }
}

export function currentStep(state: FlowState): Step {
  return state.history[state.history.length - 1] ?? 'portal'
}

/** "Step n of 7" for the main steps; side screens share their parent step's number. */
export const stepNumber: Readonly<Record<Step, number | null>> = {
  portal: 1,
  'portal-not-sure': 1,
  'account-holder': 2,
  caregiver: 2,
  teen: 2,
  readiness: 3,
  'no-code': 3,
  details: 4,
  features: 5,
  privacy: 6,
  'own-phone': 6,
  handoff: 7,
  done: null,
}
export const STEP_COUNT = 7
