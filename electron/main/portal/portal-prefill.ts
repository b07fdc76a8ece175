import type { WebContents } from 'electron'

import type { prefillSelectorsSchema } from '../../../shared/config/kiosk-config'
import type { z } from 'zod'

import { withinPageTime } from './page-call'

type PrefillSelectors = z.output<typeof prefillSelectorsSchema>
export type PrefillField = keyof PrefillSelectors

/**
 * The activation details the patient typed, in memory only. A local type on purpose: the
 * activation form's schema lives elsewhere and is mapped onto this by the caller.
 */
export type PrefillValues = Partial<Record<PrefillField, string>>

/** Our own isolated world: the page's scripts cannot see or tamper with the fill function. */
export const PREFILL_WORLD_ID = 1071

/**
 * The only code ever run in the portal page, and it is a constant. It sets each field through
 * the element's own value setter (so frameworks notice) and fires input/change like typing would.
 */
export const FILL_FUNCTION_SOURCE = `(function fillOfficialForm(fields) {
  var filled = 0;
  for (var i = 0; i < fields.length; i += 1) {
    var field = fields[i];
    var element = null;
    try { element = document.querySelector(field.selector); } catch (error) { continue; }
    if (!element || !('value' in element) || element.disabled || element.readOnly) continue;
    var descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value');
    if (descriptor && descriptor.set) descriptor.set.call(element, field.value);
    else element.value = field.value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    filled += 1;
  }
  return filled;
})`

export interface PrefillTarget {
  readonly selector: string
  readonly value: string
}

/** Pairs each configured selector with the patient's value for it (both present and non-empty). */
export function prefillFields(
  selectors: PrefillSelectors,
  values: PrefillValues,
): readonly PrefillTarget[] {
  const fields: PrefillTarget[] = []
  for (const key of Object.keys(selectors) as PrefillField[]) {
    const selector = selectors[key]
    const value = values[key]
    if (selector !== undefined && value !== undefined && value !== '') {
      fields.push({ selector, value })
    }
  }
  return fields
}

/**
 * The script: the constant function applied to the data. The data is JSON, JSON-encoded again
 * into a string literal and parsed in the page, so a value can only ever be a string inside
 * `JSON.parse("…")` — no quote, backtick or `</script>` in a value can become code.
 */
export function prefillScript(fields: readonly PrefillTarget[]): string {
  return `${FILL_FUNCTION_SOURCE}(JSON.parse(${JSON.stringify(JSON.stringify(fields))}))`
}

/** Fills the official form's fields the profile names; returns how many fields were filled. */
export async function prefillPortalForm(
  contents: Pick<WebContents, 'executeJavaScriptInIsolatedWorld'>,
  selectors: PrefillSelectors | undefined,
  values: PrefillValues,
): Promise<number> {
  if (selectors === undefined) return 0
  const fields = prefillFields(selectors, values)
  if (fields.length === 0) return 0
  const filled: unknown = await withinPageTime(
    contents.executeJavaScriptInIsolatedWorld(PREFILL_WORLD_ID, [{ code: prefillScript(fields) }]),
  )
  return typeof filled === 'number' ? filled : 0
}

/**
 * Pre-fills the active portal's official form from the patient's activation details, if its
 * profile names field selectors (called by `portal:prefill`, electron/main/ipc/portal-ipc.ts).
 */
export function prefillActivePortal(
  portal: {
    contents(): Pick<WebContents, 'executeJavaScriptInIsolatedWorld'>
    activeProfile(): { readonly prefillSelectors?: PrefillSelectors | undefined } | null
  },
  values: PrefillValues,
): Promise<number> {
  return prefillPortalForm(portal.contents(), portal.activeProfile()?.prefillSelectors, values)
}
