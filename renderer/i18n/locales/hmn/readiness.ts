// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { readiness as english } from '../en/readiness'
import type { Translation } from '../../translation'

export const readiness: Translation<typeof english> = english
