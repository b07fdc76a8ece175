import { ConciergeBell, Eraser, Hourglass } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import { reviewedLanguages } from '../../../shared/languages'
import { LanguageTiles } from '../../components/LanguageTiles'
import { ServiceSign } from '../../components/ServiceSign'

export interface SessionStatusScreenProps {
  readonly status: 'loading' | 'wiping' | 'out-of-order'
}

const icons = {
  loading: <Hourglass focusable="false" />,
  wiping: <Eraser focusable="false" />,
  'out-of-order': <ConciergeBell focusable="false" />,
} as const

/**
 * Screens with nothing to do but wait, or go to the front desk. Out of order is a calm sign in
 * the patient's language (every translated one is offered: the configuration may be what broke);
 * what went wrong is for staff, in the staff panel behind the staff gesture.
 */
export function SessionStatusScreen({ status }: SessionStatusScreenProps) {
  const { t, i18n } = useTranslation('session')
  return (
    <ServiceSign
      icon={icons[status]}
      title={t(`status.${status}.title`)}
      body={t(`status.${status}.body`)}
    >
      {status === 'out-of-order' && (
        <LanguageTiles
          languages={reviewedLanguages}
          current={i18n.language}
          onChoose={(language) => void i18n.changeLanguage(language)}
          label={t('language')}
        />
      )}
    </ServiceSign>
  )
}
