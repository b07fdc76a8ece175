// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { ownPhone as english } from '../en/own-phone'
import type { Translation } from '../../translation'

export const ownPhone: Translation<typeof english> = english
