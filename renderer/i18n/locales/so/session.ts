// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { session as english } from '../en/session'
import type { Translation } from '../../translation'

export const session: Translation<typeof english> = english
