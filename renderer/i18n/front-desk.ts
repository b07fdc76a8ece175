import type { PublicConfig } from '../../shared/config/public-config'

/**
 * How a screen speaks of the front desk: `yes` or `no` only when the clinic stated it in its
 * configuration (and IT confirmed it); otherwise `ask`, advice to ask there, never a promise.
 * Each message has the three forms as keys (`…staff.ask`, `…staff.yes`, `…staff.no`).
 */
export type FrontDeskStatement = 'ask' | 'yes' | 'no'

export function frontDeskStatement(
  frontDesk: PublicConfig['frontDesk'],
  field: keyof PublicConfig['frontDesk'],
): FrontDeskStatement {
  const value = frontDesk[field]
  return value === undefined ? 'ask' : value ? 'yes' : 'no'
}
