// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { common as english } from '../en/common'
import type { Translation } from '../../translation'

export const common: Translation<typeof english> = english
