// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { done as english } from '../en/done'
import type { Translation } from '../../translation'

export const done: Translation<typeof english> = english
