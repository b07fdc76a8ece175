// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { accountHolder as english } from '../en/account-holder'
import type { Translation } from '../../translation'

export const accountHolder: Translation<typeof english> = english
