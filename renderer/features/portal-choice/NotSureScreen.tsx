import { useTranslation } from 'react-i18next'

import { pickText } from '../../../shared/config/localized-text'
import type { PublicConfig } from '../../../shared/config/public-config'
import type { LanguageCode } from '../../../shared/languages'
import { Button } from '../../components/Button'
import { helpLine } from '../../i18n/help-line'
import { Screen } from '../../components/Screen'
import { StepActions } from '../../components/StepActions'

export interface NotSureScreenProps {
  readonly config: PublicConfig
  readonly language: LanguageCode
  readonly eyebrow?: string
  readonly onChoose: (portalId: string) => void
  readonly onStaffHelp: () => void
  readonly onBack: () => void
}

/**
 * The decision rule: what the visit papers, a bill or the activation message say decides the
 * portal. Longer names come first, because "Mayo Clinic Health System" also contains
 * "Mayo Clinic": the first row whose name appears on the papers is the answer.
 */
export function NotSureScreen({
  config,
  language,
  eyebrow,
  onChoose,
  onStaffHelp,
  onBack,
}: NotSureScreenProps) {
  const { t } = useTranslation('portalChoice')
  const rows = config.portals
    .map((portal) => ({ id: portal.id, name: pickText(portal.name, language) }))
    .sort((a, b) => b.name.length - a.name.length)

  return (
    <Screen title={t('helper.title')} eyebrow={eyebrow}>
      <p className="kiosk-lead">{t('helper.intro')}</p>
      <p>{t('helper.checkOrder')}</p>
      <table className="kiosk-table">
        <caption className="visually-hidden">{t('helper.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('helper.papersSay')}</th>
            <th scope="col">{t('helper.yourPortal')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{t('helper.quoted', { name: row.name })}</td>
              <td>
                <Button onClick={() => onChoose(row.id)}>
                  {t('helper.choose', { name: row.name })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="kiosk-subtitle">{t('helper.stillUnsure')}</h2>
      <p>{t('helper.askOrCall', { phone: helpLine(config.support, language) })}</p>
      <StepActions onBack={onBack}>
        <Button variant="secondary" onClick={onStaffHelp}>
          {t('helper.staff')}
        </Button>
      </StepActions>
    </Screen>
  )
}
