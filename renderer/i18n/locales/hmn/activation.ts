// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { activation as english } from '../en/activation'
import type { Translation } from '../../translation'

export const activation: Translation<typeof english> = english
