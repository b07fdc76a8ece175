// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { configError as english } from '../en/config-error'
import type { Translation } from '../../translation'

export const configError: Translation<typeof english> = english
