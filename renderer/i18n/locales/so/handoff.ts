// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { handoff as english } from '../en/handoff'
import type { Translation } from '../../translation'

export const handoff: Translation<typeof english> = english
