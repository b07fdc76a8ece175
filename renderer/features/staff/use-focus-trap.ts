// The focus trap now serves the patient's confirmation dialog too, so it lives in components/.
export { useFocusTrap } from '../../components/use-focus-trap'
