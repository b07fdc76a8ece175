import { ConciergeBell } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import { reviewedLanguages } from '../../../shared/languages'
import { LanguageTiles } from '../../components/LanguageTiles'
import { ServiceSign } from '../../components/ServiceSign'

/**
 * "Not configured", as patients see it: the kiosk is locked because its configuration file is
 * missing or wrong, and all a patient needs is where to go — the same calm sign as "out of
 * order", in their language. The file, its hash and each problem are for staff and IT: the staff
 * gesture opens them (features/staff/ConfigProblemsDialog.tsx), no PIN needed while locked.
 */
export function ConfigErrorScreen() {
  const { t, i18n } = useTranslation('session')
  return (
    <ServiceSign
      icon={<ConciergeBell focusable="false" />}
      title={t('status.out-of-order.title')}
      body={t('status.out-of-order.body')}
    >
      {/* No configuration means no list of enabled languages: offer every reviewed one (a language pending review needs the clinic's opt-in). */}
      <LanguageTiles
        languages={reviewedLanguages}
        current={i18n.language}
        onChoose={(language) => void i18n.changeLanguage(language)}
        label={t('language')}
      />
    </ServiceSign>
  )
}
