// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { idleWarning as english } from '../en/idle-warning'
import type { Translation } from '../../translation'

export const idleWarning: Translation<typeof english> = english
