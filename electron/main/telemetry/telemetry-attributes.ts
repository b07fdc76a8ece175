import type { Attributes } from '@opentelemetry/api'

import { supportedLanguages } from '../../../shared/languages'
import { sessionEndCauses } from '../../../shared/session/session-state'
import { navigationKinds } from '../audit/audit-event'

/**
 * The only attributes telemetry may carry, each with the only values it may take. A value
 * outside its rule becomes "other" (the count still counts, the value never leaves the kiosk);
 * a key outside the list is dropped. Nothing a patient types is ever one of these values, and
 * an address is reduced to its origin — never a path or a query.
 */
/** What the kiosk knows is not personal: the portal ids of the configuration in force. */
export interface KnownValues {
  readonly portalIds: readonly string[]
}

type Rule = (value: unknown, known: KnownValues) => string | null

const oneOf =
  (values: readonly string[]): Rule =>
  (value) =>
    typeof value === 'string' && values.includes(value) ? value : null

/** `https://host[:port]` exactly as URL.origin writes it, or null. */
export function originOnly(value: unknown): string | null {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    return url.origin === value ? value : null
  } catch {
    return null
  }
}

export const telemetryAttributeRules = {
  'kiosk.language': oneOf(supportedLanguages),
  /**
   * Only an id of a configured portal (IT's names, e.g. "mayo-clinic"). A pattern would not do:
   * a clinic number such as 55-512-349 is a valid-looking id (the canary test found it).
   */
  'kiosk.portal': (value, known) =>
    typeof value === 'string' && known.portalIds.includes(value) ? value : null,
  'kiosk.end_cause': oneOf(sessionEndCauses),
  'kiosk.handed_off': oneOf(['true', 'false']),
  'kiosk.wipe.result': oneOf(['verified', 'failed']),
  'kiosk.navigation.origin': originOnly,
  'kiosk.navigation.kind': oneOf(navigationKinds),
  'kiosk.view': oneOf(['ui', 'portal', 'unknown']),
  'kiosk.state': oneOf(['out-of-order', 'config-error']),
  /** The alert's name, also as an attribute for collectors older than OTLP's event_name. */
  'kiosk.alert': oneOf(['kiosk.help_requested', 'kiosk.out_of_order', 'kiosk.config_error']),
} as const satisfies Record<string, Rule>

export type TelemetryAttributeName = keyof typeof telemetryAttributeRules
export type TelemetryAttributes = Partial<Record<TelemetryAttributeName, unknown>>

/** Longest value kept: an origin may be long-ish, every other value is a short name. */
const maxLength = (name: string): number => (name === 'kiosk.navigation.origin' ? 256 : 64)

/** Applies the allowlist: the attributes that may leave the kiosk. */
export function allowedAttributes(raw: TelemetryAttributes, known: KnownValues): Attributes {
  const out: Attributes = {}
  for (const [name, value] of Object.entries(raw)) {
    if (!Object.hasOwn(telemetryAttributeRules, name)) continue
    if (value === null || value === undefined) {
      out[name] = 'none'
      continue
    }
    const rule = telemetryAttributeRules[name as TelemetryAttributeName]
    const allowed = rule(value, known)
    out[name] = allowed !== null && allowed.length <= maxLength(name) ? allowed : 'other'
  }
  return out
}
