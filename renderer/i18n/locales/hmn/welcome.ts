// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { welcome as english } from '../en/welcome'
import type { Translation } from '../../translation'

export const welcome: Translation<typeof english> = english
