// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { staffHelp as english } from '../en/staff-help'
import type { Translation } from '../../translation'

export const staffHelp: Translation<typeof english> = english
