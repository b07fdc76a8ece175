import { configError as english } from '../en/config-error'
import type { Translation } from '../../translation'

// Not translated on purpose: these are the configuration problems for staff and IT, opened by the
// staff gesture and shown in the staff language (always a reviewed one). Patients see the calm
// sign (session namespace). English only so this bundle is complete for the type check.
export const configError: Translation<typeof english> = english
