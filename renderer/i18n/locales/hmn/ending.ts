// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { ending as english } from '../en/ending'
import type { Translation } from '../../translation'

export const ending: Translation<typeof english> = english
