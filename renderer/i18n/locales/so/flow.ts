// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { flow as english } from '../en/flow'
import type { Translation } from '../../translation'

export const flow: Translation<typeof english> = english
