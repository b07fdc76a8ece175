// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { portalFeatures as english } from '../en/portal-features'
import type { Translation } from '../../translation'

export const portalFeatures: Translation<typeof english> = english
