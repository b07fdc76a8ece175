// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { privacyTips as english } from '../en/privacy-tips'
import type { Translation } from '../../translation'

export const privacyTips: Translation<typeof english> = english
