// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { help as english } from '../en/help'
import type { Translation } from '../../translation'

export const help: Translation<typeof english> = english
