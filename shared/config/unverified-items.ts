import { frontDeskFields, type FrontDeskField } from './front-desk'
import type { ConfigProblem, KioskConfig, SupportVerifiableField } from './kiosk-config'

/**
 * Every setting the clinic's IT has not confirmed (flagged `verify`), as `path message` pairs
 * in the same form as configuration problems. Staff see them as a banner in the staff panel and
 * `npm run check-config` prints them; patients never see these items presented as official.
 */
export function unverifiedItems(config: KioskConfig): ConfigProblem[] {
  const items: ConfigProblem[] = []
  config.portals.forEach((portal, index) => {
    if (!portal.verify) return
    items.push({
      path: `portals.${index}`,
      message: `"${portal.id}": the sign-up and sign-in addresses and allowedOrigins are not confirmed`,
    })
  })
  const supportMessages: Record<SupportVerifiableField, string> = {
    phone: 'the help line number is not confirmed',
    hours: 'the help line hours are not confirmed (not shown to patients)',
    teenPhoneOption: 'the phone-menu option for teens is not confirmed (not shown to patients)',
  }
  for (const field of ['phone', 'hours', 'teenPhoneOption'] as const) {
    if (field === 'teenPhoneOption' && config.support.teenPhoneOption === undefined) continue
    if (isSupportFieldUnverified(config.support, field))
      items.push({ path: `support.${field}`, message: supportMessages[field] })
  }
  const frontDeskMessages: Record<FrontDeskField, string> = {
    issuesActivationCodes:
      'whether the front desk gives out activation codes is not confirmed (patients are told to ask)',
    hasProxyRequestForms:
      'whether the front desk has the proxy-access request form is not confirmed (patients are told to ask)',
    helpsSetUpTeenAccounts:
      'whether the front desk helps set up teen accounts is not confirmed (patients are told to ask)',
  }
  const frontDesk = config.frontDesk
  if (frontDesk !== undefined)
    for (const field of frontDeskFields) {
      if (frontDesk[field] !== undefined && isFrontDeskFieldUnverified(frontDesk, field))
        items.push({ path: `frontDesk.${field}`, message: frontDeskMessages[field] })
    }
  return items
}

/** The same rule as for the support block: `true` flags every field, a list the ones it names. */
export function isFrontDeskFieldUnverified(
  frontDesk: Pick<NonNullable<KioskConfig['frontDesk']>, 'verify'>,
  field: FrontDeskField,
): boolean {
  return (
    frontDesk.verify === true ||
    (Array.isArray(frontDesk.verify) && frontDesk.verify.includes(field))
  )
}

/** `verify: true` flags the whole support block; a list flags the fields it names. */
export function isSupportFieldUnverified(
  support: Pick<KioskConfig['support'], 'verify'>,
  field: SupportVerifiableField,
): boolean {
  return (
    support.verify === true || (Array.isArray(support.verify) && support.verify.includes(field))
  )
}
