// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { shell as english } from '../en/shell'
import type { Translation } from '../../translation'

export const shell: Translation<typeof english> = english
