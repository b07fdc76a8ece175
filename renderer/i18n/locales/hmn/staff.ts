// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { staff as english } from '../en/staff'
import type { Translation } from '../../translation'

export const staff: Translation<typeof english> = english
