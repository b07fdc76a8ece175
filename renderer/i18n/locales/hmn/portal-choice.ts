// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { portalChoice as english } from '../en/portal-choice'
import type { Translation } from '../../translation'

export const portalChoice: Translation<typeof english> = english
