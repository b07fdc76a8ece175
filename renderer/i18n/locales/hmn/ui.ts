// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { ui as english } from '../en/ui'
import type { Translation } from '../../translation'

export const ui: Translation<typeof english> = english
