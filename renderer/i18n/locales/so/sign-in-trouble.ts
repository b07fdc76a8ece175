// PLACEHOLDER: replaced by branch so-hmn (English text, so the registry and the bundles compile
// before the real translation merges; take that branch's file at merge).
import { signInTrouble as english } from '../en/sign-in-trouble'
import type { Translation } from '../../translation'

export const signInTrouble: Translation<typeof english> = english
