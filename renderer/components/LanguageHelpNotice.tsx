import { useTranslation } from 'react-i18next'

/**
 * "Free language help is available. Ask at the front desk." in the patient's language: the
 * Section 1557 notice of free language assistance, on the welcome screen and in Help.
 */
export function LanguageHelpNotice() {
  const { t } = useTranslation('common')
  return <p className="kiosk-hint kiosk-language-help">{t('languageHelp')}</p>
}
